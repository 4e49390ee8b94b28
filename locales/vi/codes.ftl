### Văn bản tiếng Việt cho các mã phản hồi SMTP của smtpkb. Với mỗi mã: một
### tên ngắn; phần mô tả ý nghĩa, nhóm của mã và từng ngữ cảnh định nghĩa mã;
### những tình huống mà máy chủ gửi mã; cách khắc phục cho từng đối tượng
### (người gửi, quản trị viên máy chủ thư, nhà phát triển phần mềm máy khách);
### và ghi chú sử dụng khi một RFC hạn chế hoặc không khuyến khích dùng mã.
###
### Mỗi dòng của một thông điệp code-NNN-fix-… là một bước và được hiển thị
### thành một mục danh sách: giữ đúng số dòng và thứ tự dòng của bản tiếng Anh.
###
### Các chuỗi nguyên văn (literal) được đánh dấu như trong bản tiếng Anh, mỗi
### phần tử bao quanh đúng những byte đó: <samp>…</samp> cho văn bản đúng như
### máy chủ, máy khách gửi hoặc như nhật ký ghi (không có dấu ngoặc kép bao
### quanh; trình hiển thị tự thêm), <code>…</code> cho lệnh, phần mở rộng, tham
### số, tên và giá trị cấu hình, trường tiêu đề, loại bản ghi DNS và mã trạng
### thái mở rộng. Giữ dấu ngoặc kép nếu bản tiếng Anh có dấu ngoặc kép quanh
### một phần tử <code>. Không dịch, không sửa byte nào bên trong một phần tử,
### để người đọc đối chiếu được với nhật ký thư. Khi câu văn chưa nói rõ một
### phản hồi có nghĩa gì, một lời giải thích tiếng Việt ngắn được đặt trong
### ngoặc đơn ngay sau phần tử, bên ngoài phần tử. Thuật ngữ theo GLOSSARY.md
### (mỗi khái niệm một thuật ngữ).
###
### Tên mã được dịch như một phản hồi ngắn mà máy chủ có thể gửi, vì các câu
### so sánh trích tên mã như tình huống mà mã được gửi.

## 2yz: hoàn tất thành công

code-211-name = Trạng thái hệ thống, hoặc phản hồi trợ giúp về hệ thống
code-211-description = Máy chủ trả lời một yêu cầu về trạng thái hệ thống hoặc một yêu cầu trợ giúp bằng thông tin về chính nó (RFC 5321, mục 4.2.3). Đây là một phản hồi thành công, và RFC 5321 (mục 4.3.2) liệt kê mã này cùng với 214 trong các phản hồi thành công cho <code>HELP</code>. Nội dung phản hồi được viết cho người đọc, và máy khách không nên cố phân tích nội dung đó.
code-211-when = Ngày nay rất ít máy chủ gửi 211: RFC 5321 không định nghĩa lệnh chuẩn nào để hỏi trạng thái, và phần lớn máy chủ trả lời <code>HELP</code> bằng 214. Khi 211 xuất hiện, đó là phản hồi cho <code>HELP</code> hoặc cho một lệnh hỏi trạng thái riêng của máy chủ, và nội dung phản hồi mô tả các lệnh hoặc trạng thái của máy chủ.
code-211-fix-developer =
    Hãy coi 211, cũng như 214, là một phản hồi thành công cho <code>HELP</code>, và hiển thị nội dung phản hồi cho người dùng thay vì phân tích nó.
    Để biết máy chủ hỗ trợ những phần mở rộng nào, hãy gửi <code>EHLO</code> và đọc các từ khóa trong phản hồi 250 cho lệnh đó.

code-214-name = Thông tin trợ giúp
code-214-description = Máy chủ trả lời <code>HELP</code> bằng thông tin về cách sử dụng máy chủ hoặc về ý nghĩa của một lệnh không chuẩn (RFC 5321, mục 4.2.3). Đây là một phản hồi thành công, và RFC 5321 nói rằng phản hồi này “useful only to the human user” (chỉ hữu ích cho người đọc). Nội dung mỗi máy chủ một khác, nên máy khách không nên dựa vào nó.
code-214-when = Máy chủ trả lời <code>HELP</code> bằng một hoặc nhiều dòng 214, thường là danh sách các lệnh mà máy chủ hỗ trợ. Exim trả lời bằng <samp>214-Commands supported:</samp> (các lệnh được hỗ trợ) và một dòng thứ hai liệt kê các lệnh đó. Postfix 3.9 trở lên có triển khai <code>HELP</code> và trả lời bằng <samp>214 2.0.0 Commands:</samp> kèm theo các lệnh mà nó triển khai; các phiên bản trước đó coi <code>HELP</code> là một lệnh không nhận ra được: Postfix 3.7 và 3.8 trả lời lệnh này bằng <samp>500 5.5.2 Error: command not recognized</samp> (lỗi: không nhận ra lệnh), còn Postfix 3.6 trở về trước trả lời bằng <samp>502 5.5.2 Error: command not recognized</samp>.
code-214-fix-developer =
    Hãy coi phản hồi này là thông tin dành cho người đọc, và đừng phân tích nội dung của nó.
    Để biết máy chủ hỗ trợ những phần mở rộng nào, hãy gửi <code>EHLO</code> và đọc phản hồi 250 cho lệnh đó, vì nội dung trả lời <code>HELP</code> không phải là một danh sách đáng tin cậy.

code-220-name = Dịch vụ sẵn sàng
code-220-description = Máy chủ đã sẵn sàng nhận lệnh (RFC 5321, mục 4.2.3). Phản hồi thành công này có hai công dụng: đó là lời chào mà máy chủ gửi khi một máy khách kết nối tới, và trong phần mở rộng <code>STARTTLS</code> (RFC 3207, mục 4), nó có nghĩa là <samp>Ready to start TLS</samp> (sẵn sàng bắt đầu TLS). Sau lời chào, máy khách gửi <code>EHLO</code>; sau <samp>220 Ready to start TLS</samp>, máy khách phải bắt đầu bắt tay TLS trước khi gửi bất kỳ lệnh nào khác, rồi gửi lại <code>EHLO</code>, vì phiên đã trở về trạng thái ban đầu (RFC 3207, mục 4.2).
code-220-when = Mọi máy chủ đều chào một kết nối mới bằng 220, thường kèm theo tên máy (hostname) của nó và nhiều khi cả tên phần mềm của máy chủ: lời chào mặc định của Postfix là <samp>220 mail.example.com ESMTP Postfix</samp>, được tạo từ <code>smtpd_banner</code>, có giá trị mặc định là “<code>$myhostname ESMTP $mail_name</code>”. Postfix trả lời <code>STARTTLS</code> bằng <samp>220 2.0.0 Ready to start TLS</samp> khi có thể bắt đầu thương lượng TLS. Postfix postscreen có thể gửi dòng đầu tiên của một lời chào nhiều dòng (<samp>220-</samp> và nội dung theo sau) rồi chờ, để phát hiện những máy khách gửi lệnh trước khi lời chào kết thúc.
code-220-fix-admin =
    Nếu máy khách không nhận được lời chào, hãy kiểm tra tường lửa, kiểm tra xem máy chủ có lắng nghe trên cổng mà máy khách dùng (25, 587 hoặc 465) không, và cổng đó có đòi TLS ngay từ byte đầu tiên như cổng 465 không.
    Hãy đặt vào lời chào đúng tên máy mà DNS và các máy khách dùng cho máy chủ (trong Postfix là <code>myhostname</code>, tham số mà <code>smtpd_banner</code> dùng theo mặc định).
    Nếu bắt tay TLS thất bại sau <samp>Ready to start TLS</samp>, hãy kiểm tra xem chứng chỉ, chuỗi chứng chỉ và khóa riêng có hợp lệ và khớp với nhau không, và máy chủ có cung cấp những phiên bản TLS và bộ mã hóa (cipher) mà máy khách hỗ trợ không.
code-220-fix-developer =
    Hãy đọc hết lời chào, kể cả mọi dòng tiếp nối, trước khi gửi <code>EHLO</code>.
    Sau <samp>220 Ready to start TLS</samp>, hãy bắt đầu bắt tay TLS ngay, rồi gửi lại <code>EHLO</code> và bỏ mọi thông tin đã biết được từ phản hồi cho lệnh <code>EHLO</code> đầu tiên (RFC 3207, mục 4.2).
    Hãy dùng TLS ngầm định (implicit TLS) trên cổng 465 và <code>STARTTLS</code> trên cổng 25 và 587, vì máy khách kết nối tới cổng 465 mà không dùng TLS sẽ chờ một lời chào không bao giờ đến.

code-221-name = Dịch vụ đang đóng kênh truyền
code-221-description = Máy chủ xác nhận rằng nó đang đóng kết nối (RFC 5321, mục 4.2.3). Phản hồi thành công này thường được gửi để trả lời <code>QUIT</code>, và máy khách đóng phía kết nối của mình sau khi đã đọc phản hồi. Mã này không cho biết các thư trong phiên đã được chấp nhận hay chưa.
code-221-when = Máy chủ gửi 221 để trả lời <code>QUIT</code>, chẳng hạn <samp>221 2.0.0 Bye</samp> của Postfix và <samp>221 mail.example.com closing connection</samp> của Exim. RFC 5321 (mục 4.1.1.10) yêu cầu máy chủ trả lời <code>QUIT</code> ngay cả khi trước đó trong phiên đã có lỗi. Máy chủ SMTP của Postfix còn gửi <samp>221 2.7.0 Error: I can break rules, too. Goodbye.</samp> (tôi cũng biết phá luật đấy, tạm biệt) rồi ngắt kết nối khi một máy khách gửi một dòng trông giống một dòng tiêu đề thư (header) hoặc một lệnh có trong <code>smtpd_forbidden_commands</code>: theo mặc định là <code>CONNECT</code>, <code>GET</code> và <code>POST</code>, và từ Postfix 3.7 còn có mọi lệnh không nhận ra được mà không bắt đầu bằng chữ in hoa. Việc ngắt kết nối như vậy thường có nghĩa là một máy khách web hoặc một chương trình bị cấu hình sai đã gửi dữ liệu không phải SMTP tới cổng thư.
code-221-fix-admin =
    Nếu một thư có vẻ bị thất lạc sau 221, hãy tìm trong nhật ký xem máy chủ đã trả lời thế nào cho phần kết thúc dữ liệu của thư đó: máy chủ chỉ chấp nhận thư nếu đã trả lời bằng 250 ở bước đó.
    Nếu Postfix ghi <samp>non-SMTP command</samp> (lệnh không phải SMTP) vào nhật ký trước phản hồi 221, hãy tìm máy (host) hoặc chương trình đang gửi HTTP hay dữ liệu khác không phải SMTP tới cổng thư, và sửa lại đích mà nó gửi tới.
code-221-fix-developer =
    Sau giao dịch cuối cùng, hãy gửi <code>QUIT</code> và chờ phản hồi 221 rồi mới đóng kết nối (RFC 5321, mục 4.1.1.10).

code-235-name = Xác thực thành công
code-235-description = Quá trình trao đổi SMTP AUTH (RFC 4954) đã hoàn tất, và máy chủ đã chấp nhận thông tin xác thực của máy khách. Phản hồi thành công này xác thực máy khách cho phần còn lại của phiên, và máy chủ phải từ chối mọi lệnh <code>AUTH</code> tiếp theo bằng 503 (RFC 4954, mục 4). Nếu cơ chế xác thực đã thương lượng một lớp bảo mật, lớp này có hiệu lực ngay sau phản hồi này, phiên trở về trạng thái ban đầu, và máy khách nên gửi lại <code>EHLO</code>.
code-235-when = Máy chủ gửi 235 khi thông tin xác thực đúng, thường là trên các cổng gửi thư (submission) 587 và 465: Postfix trả lời <samp>235 2.7.0 Authentication successful</samp>, còn Exim trả lời <samp>235 Authentication succeeded</samp>. Ứng dụng thư và các ứng dụng khác nhận được mã này khi đăng nhập bằng tên đăng nhập và mật khẩu hoặc bằng một token OAuth.
code-235-fix-admin =
    Nếu một người dùng đã xác thực vẫn bị từ chối ở <code>MAIL FROM</code>, hãy kiểm tra các quy tắc gắn địa chỉ người gửi với tài khoản đăng nhập, chẳng hạn <code>smtpd_sender_login_maps</code> cùng với <code>reject_sender_login_mismatch</code> trong Postfix.
code-235-fix-developer =
    Sau 235, hãy tiếp tục với <code>MAIL FROM</code>, hoặc gửi <code>EHLO</code> trước nếu cơ chế xác thực đã thương lượng một lớp bảo mật (RFC 4954, mục 4).
    Đừng gửi lại <code>AUTH</code> trong cùng một phiên, vì máy chủ buộc phải từ chối lệnh đó bằng 503.

code-250-name = Thao tác thư được yêu cầu đã hoàn tất
code-250-description = Máy chủ đã thực hiện xong lệnh được yêu cầu (RFC 5321, mục 4.2.3). Phản hồi thành công này cho phép máy khách tiếp tục với lệnh tiếp theo; sau phần kết thúc dữ liệu thư, nó có nghĩa là máy chủ đã nhận trách nhiệm chuyển phát hoặc trung chuyển (relay) thư (RFC 5321, mục 4.2.5). Trong <code>ETRN</code> (RFC 1985, mục 5.1), 250 có nghĩa là máy chủ đã kích hoạt hàng đợi cho nút (node) được yêu cầu, tức là một tên miền, nhưng không cho biết có thư nào đang chờ hay không. Trong giao thức trung chuyển thư theo yêu cầu (On-Demand Mail Relay, ODMR; RFC 2645, mục 5.2.1), 250 chấp nhận <code>ATRN</code> khi có thư đang chờ, và sau đó máy khách và máy chủ đổi vai cho nhau.
code-250-when = Máy chủ gửi 250 để trả lời <code>EHLO</code> (kèm danh sách các phần mở rộng được hỗ trợ), <code>HELO</code>, <code>MAIL FROM</code>, <code>RCPT TO</code>, <code>RSET</code>, <code>NOOP</code> và lệnh <code>VRFY</code> đã xác minh được địa chỉ, cũng như sau phần kết thúc dữ liệu thư được gửi bằng <code>DATA</code> hoặc <code>BDAT</code>. Postfix xác nhận đã nhận một thư bằng <samp>250 2.0.0 Ok: queued as</samp> (đã đưa vào hàng đợi với mã) kèm theo mã hàng đợi (queue ID), và trả lời một lệnh <code>ETRN</code> thành công bằng <samp>250 Queuing started</samp> (đã bắt đầu xử lý hàng đợi). 250 không phải là phản hồi cho <code>QUIT</code> (221), <code>HELP</code> (211 hoặc 214), <code>AUTH</code> (235), <code>STARTTLS</code> (220), hay cho chính lệnh <code>DATA</code> (354).
code-250-fix-sender =
    Nếu người nhận nói rằng thư không hề đến, hãy cung cấp cho quản trị viên của hệ thống nhận thời điểm gửi và phần nội dung phản hồi sau mã 250, thường có chứa mã hàng đợi (queue ID).
    Hãy nhờ người nhận kiểm tra thư mục thư rác (spam, junk) và mọi quy tắc lọc thư.
code-250-fix-admin =
    Để lần theo một thư đã được chấp nhận, hãy tìm mã hàng đợi (queue ID) lấy từ phản hồi 250 trong nhật ký thư của máy chủ nhận, rồi theo dõi thư cho đến khi nó được chuyển phát, bị hoãn hoặc bị trả về.
    Nếu <code>ETRN</code> nhận được 250 mà không có thư nào đến, hãy kiểm tra xem máy chủ của nhà cung cấp có kết nối được tới máy chủ của bạn qua cổng 25 không, vì phản hồi này chỉ có nghĩa là lượt xử lý hàng đợi đã bắt đầu (RFC 1985, mục 5.1).

# RFC 5321 reply text, sent by the server that will forward the message.
code-251-name = Người dùng không thuộc máy chủ này; sẽ chuyển tiếp thư
code-251-description = Người nhận không thuộc máy chủ này, nhưng máy chủ chấp nhận thư và sẽ chuyển tiếp thư đi (RFC 5321, mục 3.4 và 4.2.3). Đây là một phản hồi thành công: máy khách tiếp tục giao dịch như sau 250, và nội dung phản hồi có thể nêu địa chỉ mới, dù máy chủ không được giả định rằng máy khách sẽ dùng địa chỉ đó. Trong <code>ETRN</code> (RFC 1985, mục 5.1), 251 có nghĩa là <samp>OK, no messages waiting for node</samp>: máy chủ không giữ thư nào cho tên miền được yêu cầu.
code-251-when = Phản hồi này hiếm gặp, vì phần lớn máy chủ chuyển tiếp thư qua bí danh (alias) hoặc quy tắc chuyển tiếp đều trả lời 250 và âm thầm chuyển tiếp, điều mà RFC 5321 (mục 3.4) cho phép một cách rõ ràng. Lệnh <code>VRFY</code> cũng có thể nhận được 251 cho một địa chỉ mà máy chủ sẽ chuyển tiếp thư đi nơi khác (RFC 5321, mục 3.5.3). Máy chủ <code>ETRN</code> nào biết được rằng không có thư nào trong hàng đợi cho tên miền đó sẽ trả lời 251 thay cho 250 thông thường, như RFC 1985 (mục 5.1) khuyến nghị.
code-251-fix-sender =
    Nếu nội dung phản hồi nêu một địa chỉ mới của người nhận, hãy cập nhật sổ địa chỉ của bạn.
    Nếu người nhận không nhận được thư, hãy nhờ họ kiểm tra thiết lập chuyển tiếp thư của mình.
code-251-fix-admin =
    Nếu không muốn máy chủ của bạn để lộ địa chỉ chuyển tiếp, hãy cấu hình để máy chủ trả lời 250 và âm thầm chuyển tiếp, như RFC 5321 (mục 3.4) cho phép.
    Nếu <code>ETRN</code> nhận được 251, tức là không có thư nào trong hàng đợi cho tên miền đó, nên chưa có gì để lấy về cho đến khi có thư mới đến.
code-251-restriction = RFC 5321 (mục 3.4) quy định rằng máy chủ hỗ trợ 251 NÊN (SHOULD) cho phép quản trị viên của từng hệ thống tắt hoặc giới hạn việc dùng mã này, vì phản hồi này có thể để lộ địa chỉ mới của người dùng. Với <code>SMTPUTF8</code> (RFC 6531, mục 3.7.4.1), máy chủ KHÔNG ĐƯỢC (MUST NOT) trả về phản hồi 251 chứa tên hộp thư có ký tự ngoài ASCII khi lệnh <code>MAIL</code> không mang tham số <code>SMTPUTF8</code>; thay vào đó, máy chủ phải gửi phản hồi 250 không kèm địa chỉ như vậy.

# RFC 5321 reply text, sent in reply to VRFY.
code-252-name = Không thể xác minh người dùng bằng <code>VRFY</code>, nhưng sẽ nhận thư và thử chuyển phát
code-252-description = Máy chủ không xác nhận địa chỉ có tồn tại hay không, nhưng sẽ nhận thư gửi tới địa chỉ đó và thử chuyển phát (RFC 5321, mục 3.5.3). Phản hồi thành công này trả lời <code>VRFY</code> hoặc <code>EXPN</code> và không cho biết hộp thư có hợp lệ hay không; với <code>SMTPUTF8</code> (RFC 6531, mục 3.7.4.2), 252 kèm mã trạng thái mở rộng <code>X.6.8</code> có nghĩa là để trả lời, máy chủ phải dùng một tên hộp thư UTF-8, điều mà máy khách không cho phép. Trong <code>ETRN</code> (RFC 1985, mục 5.1), 252 có nghĩa là <samp>OK, pending messages for node started</samp>: có thư đang chờ cho tên miền được yêu cầu, và máy chủ đã bắt đầu chuyển phát số thư đó.
code-252-when = Nhiều máy chủ trả lời mọi lệnh <code>VRFY</code> bằng 252, vì việc xác nhận địa chỉ giúp những kẻ gửi thư rác thu thập địa chỉ: qmail trả lời <samp>252 send some mail, i’ll try my best</samp> (cứ gửi thư đi, tôi sẽ cố hết sức), còn Exchange 2000 và 2003 trả lời <samp>252 2.1.5 Cannot VRFY user, but will take message for</samp> (không thể xác minh người dùng, nhưng sẽ nhận thư gửi cho) kèm theo địa chỉ. Postfix áp dụng các quy tắc kiểm tra người nhận cho địa chỉ đó rồi trả lời <samp>252 2.0.0</samp> kèm theo địa chỉ đúng như đã nhận, trừ khi đặt <code>disable_vrfy_command = yes</code>; khi đó Postfix trả lời <samp>502 5.5.1 VRFY command is disabled</samp> (lệnh này đã bị tắt).
code-252-fix-admin =
    Nếu <code>ETRN</code> nhận được 252, máy chủ của nhà cung cấp đang chuyển phát số thư đang chờ tới máy chủ của bạn; nếu muốn biết khi nào hàng đợi trống, hãy gửi lại <code>ETRN</code> sau, khi đó phản hồi 251 sẽ cho bạn biết điều này (RFC 1985, mục 5.1).
code-252-fix-developer =
    Đừng dùng <code>VRFY</code> để kiểm tra một địa chỉ có tồn tại hay không, và hãy coi kết quả 252 là “không rõ”.
    Thay vào đó, hãy dựa vào các phản hồi cho <code>RCPT TO</code> và các thư báo không chuyển phát được đến sau, và nhớ rằng máy chủ chấp nhận mọi địa chỉ ở <code>RCPT TO</code> vẫn có thể trả thư về sau đó.

# RFC 1985 reply text “OK, n pending messages for node x started”, with the
# number of messages and the node name left out; a node is a domain. Node is
# rendered as “nút” (GLOSSARY additions).
code-253-name = OK, đã bắt đầu chuyển phát các thư đang chờ cho nút
code-253-description = Máy chủ đã bắt đầu chuyển phát số thư mà nó đang giữ cho nút (node) được yêu cầu, tức là một tên miền, và nội dung phản hồi cho biết có bao nhiêu thư đang chờ (RFC 1985, mục 5.1). Đây là một phản hồi thành công cho <code>ETRN</code>, lệnh mà một máy chủ thư không kết nối thường trực dùng để yêu cầu một máy chủ khác kích hoạt hàng đợi cho tên miền của mình. Mã này cho cùng thông tin như 252, cộng thêm số thư đang chờ.
code-253-when = Máy chủ hỗ trợ <code>ETRN</code> gửi 253 khi nó đang giữ thư trong hàng đợi cho tên miền được yêu cầu và đếm được số thư đó; RFC 1985 (mục 5.1) đề nghị những máy chủ làm được việc này gửi 251, 252 hoặc 253 thay cho 250 thông thường, để máy khách biết có thư đang chờ hay không. Ít phần mềm báo số lượng thư: Postfix trả lời một lệnh <code>ETRN</code> thành công bằng <samp>250 Queuing started</samp>, còn Exim trả lời <samp>250 OK</samp>.
code-253-fix-admin =
    Hãy chờ máy chủ của nhà cung cấp kết nối tới và chuyển phát thư, việc mà RFC 1985 không bắt buộc phải diễn ra trong một khoảng thời gian nhất định nào.
    Nếu thư không đến, hãy kiểm tra xem máy chủ của bạn có chấp nhận kết nối trên cổng 25 từ máy chủ của nhà cung cấp không, và tìm trong nhật ký của máy chủ mình các lần nhà cung cấp thử chuyển phát thư.
    Để biết khi nào hàng đợi trống, hãy gửi lại <code>ETRN</code> sau: phản hồi 251 có nghĩa là không còn thư nào đang chờ (RFC 1985, mục 5.1).

## 3yz: phản hồi trung gian khẳng định

code-334-name = Thử thách xác thực
code-334-description = Máy chủ đang ở giữa một quá trình trao đổi SMTP AUTH (RFC 4954, mục 4) và đang chờ câu trả lời tiếp theo của máy khách. Đây là một phản hồi trung gian: nội dung phản hồi sau mã chỉ là chuỗi thử thách ở dạng base64, không có gì khác, còn một thử thách không chứa dữ liệu thì được gửi là <samp>334 </samp>, sau dấu cách không có ký tự nào. Máy khách trả lời bằng một dòng dữ liệu ở dạng base64, hoặc bằng một dấu sao duy nhất (<samp>*</samp>) để hủy quá trình trao đổi, và khi nhận dấu sao, máy chủ từ chối quá trình trao đổi bằng 501.
code-334-when = Máy chủ gửi 334 sau một lệnh <code>AUTH</code> cần thêm dữ liệu, một lần cho mỗi bước của cơ chế xác thực. Với cơ chế <code>LOGIN</code>, trong <samp>334 VXNlcm5hbWU6</samp>, phần nội dung sau mã là dạng base64 của <samp>Username:</samp> (tên đăng nhập), còn trong <samp>334 UGFzc3dvcmQ6</samp> là dạng base64 của <samp>Password:</samp> (mật khẩu). Với <code>PLAIN</code> khi không có câu trả lời ban đầu, thử thách để trống; còn với <code>CRAM-MD5</code>, thử thách chứa một chuỗi không bao giờ được dùng lại (nonce), và máy khách kết hợp chuỗi này với mật khẩu để tính giá trị băm HMAC-MD5. Với <code>XOAUTH2</code>, khi từ chối token trong câu trả lời ban đầu, Gmail còn dùng 334 để trả về một đối tượng JSON mô tả lỗi ở dạng base64, gồm các trường <code>status</code>, <code>schemes</code> và <code>scope</code>.
code-334-fix-developer =
    Hãy chuyển thử thách từ dạng base64 về dữ liệu gốc, tính câu trả lời mà cơ chế xác thực yêu cầu, rồi gửi câu trả lời đó ở dạng base64 trên một dòng duy nhất.
    Hãy chuyển tên đăng nhập và mật khẩu sang dạng base64 mà không kèm ký tự xuống dòng ở cuối, vì ký tự xuống dòng lọt vào dữ liệu base64 là nguyên nhân thường gặp khiến quá trình trao đổi <code>LOGIN</code> và <code>PLAIN</code> thất bại.
    Nếu máy khách không chuyển được một thử thách từ dạng base64 về dữ liệu gốc, hãy hủy quá trình trao đổi bằng một dòng chỉ chứa dấu sao (<samp>*</samp>) như RFC 4954 (mục 4) yêu cầu, và chờ máy chủ trả lời bằng 501.
    Với <code>XOAUTH2</code>, nếu thử thách sau khi chuyển từ dạng base64 là một đối tượng JSON mô tả lỗi, hãy trả lời bằng một dòng trống để kết thúc quá trình trao đổi, rồi làm mới token OAuth hoặc sửa phạm vi (scope) của token trước khi thử lại.

code-354-name = Bắt đầu nhập nội dung thư
code-354-description = Máy chủ đã chấp nhận lệnh <code>DATA</code> và đang chờ nội dung thư (RFC 5321, mục 4.2.3). Đây là một phản hồi trung gian: lúc này máy khách gửi phần tiêu đề (header) và phần thân của thư, rồi kết thúc bằng một dòng chỉ chứa một dấu chấm (RFC 5321, mục 4.1.1.4). Phản hồi cuối cùng về thư chỉ đến sau dòng đó, và máy khách không được gửi dữ liệu thư khi chưa nhận được 354 (RFC 5321, mục 3.3).
code-354-when = Máy chủ gửi 354 sau <code>DATA</code> khi giao dịch đã có người gửi và ít nhất một người nhận được chấp nhận. Nội dung phản hồi thường nhắc lại cách kết thúc dữ liệu; chẳng hạn Exim yêu cầu máy khách kết thúc thư bằng một dấu chấm nằm riêng trên một dòng. Với <code>PIPELINING</code> (RFC 2920), máy khách có thể gửi <code>MAIL FROM</code>, <code>RCPT TO</code> và <code>DATA</code> trong cùng một lượt rồi đọc 354 sau các phản hồi cho những lệnh trước đó; với <code>CHUNKING</code> (RFC 3030), máy khách gửi dữ liệu bằng <code>BDAT</code>, và máy chủ không gửi 354.
code-354-fix-admin =
    Nếu việc truyền thư dừng lại sau 354, hãy tìm các tường lửa, proxy hoặc cổng quét (scanning gateway) nằm giữa hai máy chủ có kiểm tra hoặc làm chậm dữ liệu SMTP.
    Hãy kiểm tra xem thời gian chờ dữ liệu của máy chủ có đủ cho các thư lớn trên đường truyền chậm không (trong Postfix là <code>smtpd_timeout</code>, mặc định 300 giây).
code-354-fix-developer =
    Sau 354, hãy gửi thư và kết thúc bằng một dòng chỉ chứa một dấu chấm.
    Hãy thêm một dấu chấm nữa vào đầu mọi dòng của thư bắt đầu bằng dấu chấm (dot-stuffing, RFC 5321, mục 4.5.2), trừ khi thư viện gửi thư đã tự làm việc này.
    Hãy kết thúc mọi dòng bằng CR LF, vì một số máy chủ từ chối ký tự xuống dòng đứng riêng (bare line feed), chẳng hạn Postfix với <code>smtpd_forbid_bare_newline = reject</code>.
    Hãy chờ phản hồi cho dấu chấm kết thúc rồi mới gửi <code>QUIT</code> hoặc <code>MAIL FROM</code> tiếp theo, vì chỉ phản hồi đó mới cho biết máy chủ đã chấp nhận thư hay chưa.

# RFC 1845 reply text; in the real reply, the number of octets stands in
# place of “Octet offset”, as in “355 6135 is the transaction offset”.
# Offset is rendered as “độ lệch” (GLOSSARY additions).
code-355-name = Độ lệch octet là độ lệch của giao dịch
code-355-description = Trong phần mở rộng <code>CHECKPOINT</code> (RFC 1845, một RFC thử nghiệm), khi nhận một lệnh <code>MAIL</code> lặp lại tham số <code>TRANSID</code> của một giao dịch bị gián đoạn, máy chủ trả lời bằng 355 kèm số octet dữ liệu thư mà nó đã lưu được. Đây là một phản hồi trung gian: sau đó máy khách gửi <code>DATA</code>, hoặc một lệnh truyền dữ liệu khác, rồi truyền phần còn lại của thư, bắt đầu từ octet mà độ lệch chỉ định, đánh số từ số không; sau đó giao dịch kết thúc như bình thường (RFC 1845, mục 3). Độ lệch bằng 0 có nghĩa là máy khách phải gửi lại toàn bộ thư.
code-355-when = Chỉ máy chủ có liệt kê <code>CHECKPOINT</code> trong phản hồi cho <code>EHLO</code> mới gửi 355, và chỉ khi một máy khách kết nối lại sau khi kết nối bị đứt và lặp lại lệnh <code>MAIL FROM</code> với cùng giá trị <code>TRANSID</code>, như trong ví dụ <samp>355 6135 is the transaction offset</samp> (số này là độ lệch của giao dịch) của RFC 1845. RFC 1845 là một RFC thử nghiệm từ năm 1995, và hầu như không máy chủ nào hiện nay triển khai <code>CHECKPOINT</code>, nên phản hồi này gần như không bao giờ gặp.
code-355-fix-developer =
    Hãy chỉ lặp lại <code>MAIL FROM</code> với cùng tham số <code>TRANSID</code> đối với máy chủ đã liệt kê <code>CHECKPOINT</code> trong phản hồi cho <code>EHLO</code>.
    Sau 355, hãy đọc độ lệch, tức là từ đầu tiên của nội dung phản hồi, gửi <code>DATA</code>, rồi gửi thư kể từ octet đó, bỏ qua đúng số octet mà độ lệch cho biết.
    Hãy tính độ lệch trên thư ở dạng trước khi thêm dấu chấm (dot-stuffing) và không tính phong bì thư, đúng như RFC 1845 (mục 3) định nghĩa.
    Nếu máy chủ không liệt kê <code>CHECKPOINT</code>, hãy gửi lại toàn bộ thư trong một giao dịch mới.

## 4yz: lỗi tạm thời

code-421-name = Dịch vụ không khả dụng, đang đóng kênh truyền
code-421-description = Máy chủ hiện không thể cung cấp dịch vụ và đang đóng kết nối (RFC 5321, mục 3.8). Đây là một lỗi tạm thời và có thể được gửi vào bất kỳ lúc nào, để trả lời bất kỳ lệnh nào hoặc thay cho lời chào 220; giao dịch đang diễn ra sẽ không được hoàn tất. Máy khách đóng kết nối, giữ thư trong hàng đợi và thử gửi lại sau.
code-421-when = Máy chủ gửi 421 khi đang tắt hoặc khởi động lại, khi có quá nhiều kết nối (tính tổng cộng hoặc từ cùng một máy khách), khi hết thời gian chờ và khi một máy khách gây ra quá nhiều lỗi. Postfix gửi <samp>421 4.7.0 mail.example.com Error: too many errors</samp> khi một máy khách vượt quá <code>smtpd_hard_error_limit</code>, gửi <samp>421 4.4.2 mail.example.com Error: timeout exceeded</samp> khi một máy khách im lặng quá lâu, và gửi <samp>421 4.7.0 mail.example.com Error: too many connections from</samp> kèm theo địa chỉ của máy khách khi chạm giới hạn <code>smtpd_client_connection_count_limit</code>. Exim gửi <samp>421 Too many concurrent SMTP connections; please try again later.</samp> (quá nhiều kết nối SMTP đồng thời, vui lòng thử lại sau) khi chạm giới hạn <code>smtp_accept_max</code>. Gmail dùng 421 kèm mã trạng thái mở rộng <code>4.7.0</code> để áp giới hạn đối với người gửi, chẳng hạn với <samp>Our system has detected an unusual rate of unsolicited mail originating from your IP address</samp> (hệ thống phát hiện lượng thư không mong muốn gửi từ địa chỉ IP của bạn cao bất thường).
code-421-fix-sender =
    Hãy chờ: máy chủ thư của bạn giữ thư lại và tự thử gửi lại; thư thường được chuyển phát thành công khi tình trạng này kết thúc.
    Nếu sau vài giờ mà thư báo chậm chuyển phát vẫn ghi mã 421, hãy chuyển tiếp thư báo đó cho quản trị viên máy chủ thư hoặc nhà cung cấp dịch vụ thư của bạn.
code-421-fix-admin =
    Ở phía máy chủ gửi, hãy đọc nội dung phản hồi và mã trạng thái mở rộng: <code>4.7.x</code> thường có nghĩa là bị giới hạn tốc độ hoặc có vấn đề về uy tín, vì vậy hãy giảm số kết nối đồng thời và tốc độ gửi tới đích đó (trong Postfix là <code>smtp_destination_concurrency_limit</code> và <code>smtp_destination_rate_delay</code>), đồng thời kiểm tra địa chỉ IP của bạn trên các danh sách chặn công khai.
    Ở phía máy chủ nhận, hãy tìm nguyên nhân trong nhật ký thư tại thời điểm gửi phản hồi, chẳng hạn máy chủ vừa khởi động lại, bị quá tải, chạm giới hạn kết nối (<code>smtpd_client_connection_count_limit</code> trong Postfix, <code>smtp_accept_max</code> trong Exim) hoặc hết thời gian chờ.
    Nếu một máy khách liên tục chạm ngưỡng <samp>too many errors</samp> (quá nhiều lỗi), hãy tìm lỗi đầu tiên trong phiên của máy khách đó thay vì tăng <code>smtpd_hard_error_limit</code>.

code-432-name = Cần chuyển mật khẩu sang cơ chế mới
code-432-description = Người dùng phải thực hiện bước chuyển đổi sang cơ chế xác thực đã chọn thì máy chủ mới chấp nhận được cơ chế đó (RFC 4954, mục 6). Lỗi tạm thời này là phản hồi cho <code>AUTH</code>, thường là vì máy chủ chưa lưu thông tin xác thực của tài khoản ở dạng mà cơ chế này cần. RFC 4954 nói rằng việc chuyển đổi thường được thực hiện bằng cách xác thực một lần với cơ chế <code>PLAIN</code>, sau đó cơ chế đã chọn sẽ hoạt động trong các phiên sau.
code-432-when = Máy chủ gửi <samp>432 4.7.12 A password transition is needed</samp> để trả lời <code>AUTH</code> với một cơ chế như <code>CRAM-MD5</code> hoặc <code>SCRAM</code> khi mật khẩu của tài khoản chỉ được lưu ở dạng mà cơ chế đó không dùng được, chẳng hạn sau khi chuyển từ một phương thức lưu trữ mật khẩu khác sang. Phản hồi này hiếm gặp, vì phần lớn máy chủ đơn giản là không cung cấp những cơ chế như vậy cho các tài khoản này, hoặc trả lời bằng 535.
code-432-fix-sender =
    Hãy thiết lập ứng dụng thư để xác thực một lần bằng phương thức mật khẩu thông thường qua một kết nối được mã hóa, rồi chuyển lại phương thức bạn đã dùng trước đó.
    Nếu vẫn tiếp tục nhận được phản hồi này, hãy liên hệ với nhà cung cấp dịch vụ thư của bạn.
code-432-fix-admin =
    Hãy kiểm tra phương thức lưu trữ mật khẩu của tài khoản, vì các cơ chế như <code>CRAM-MD5</code> và <code>SCRAM</code> cần chính mật khẩu hoặc một khóa được lưu riêng cho cơ chế đó, thứ mà một giá trị băm mật khẩu thông thường không cung cấp được.
    Hãy chỉ cung cấp những cơ chế mà thông tin xác thực đã lưu hỗ trợ, hoặc cho người dùng xác thực một lần bằng <code>PLAIN</code> qua TLS để máy chủ lưu được dạng mới, như RFC 4954 (mục 6) mô tả.

code-450-name = Hộp thư tạm thời không khả dụng
code-450-description = Máy chủ chưa thực hiện thao tác được yêu cầu đối với hộp thư, nhưng tình trạng này chỉ là tạm thời. RFC 5321 (mục 4.2.3) mô tả mã này là “mailbox unavailable (e.g., mailbox busy or temporarily blocked for policy reasons)”, tức là hộp thư không khả dụng, chẳng hạn vì đang bận hoặc tạm thời bị chặn theo chính sách. Đây là một lỗi tạm thời: máy khách giữ thư lại và thử gửi lại sau. Trong giao thức trung chuyển thư theo yêu cầu (On-Demand Mail Relay, ODMR; RFC 2645, mục 5.2.1), 450 là phản hồi cho lệnh <code>ATRN</code> và có nghĩa là <samp>ATRN request refused</samp> (yêu cầu bị từ chối): khách hàng không có quyền nhận thư cho ít nhất một trong các tên miền mà mình đã nêu, hoặc đã gửi lại <code>ATRN</code> quá sớm.
code-450-when = Nguyên nhân phổ biến nhất là danh sách xám (greylisting): máy chủ từ chối lần gửi đầu tiên từ một người gửi lạ và chấp nhận lần thử lại sau một khoảng thời gian. Postgrey, một dịch vụ chính sách (policy service) dùng với Postfix, làm như vậy bằng một phản hồi gồm <samp>450 4.2.0</samp>, địa chỉ người nhận và <samp>Recipient address rejected: Greylisted</samp> (địa chỉ người nhận bị từ chối vì danh sách xám). Khi các quy tắc kiểm tra của Postfix có <code>reject_unknown_sender_domain</code> hoặc <code>reject_unknown_client_hostname</code>, Postfix mặc định trả lời bằng 450 (<code>unknown_address_reject_code</code>, <code>unknown_client_reject_code</code>), với nội dung phản hồi như <samp>Sender address rejected: Domain not found</samp> (địa chỉ người gửi bị từ chối: không tìm thấy tên miền) và <samp>Client host rejected: cannot find your hostname</samp> (máy khách bị từ chối: không tìm thấy tên máy của bạn). Gmail gửi <samp>450 4.2.1 The user you are trying to contact is receiving mail too quickly</samp> khi một người nhận đang nhận thư với tốc độ quá cao. RFC 5321 (mục 4.3.2) liệt kê 450 trong các phản hồi cho <code>RCPT TO</code> và cho phần kết thúc dữ liệu thư, nhưng không liệt kê cho <code>MAIL FROM</code>.
code-450-fix-sender =
    Hãy chờ: máy chủ thư của bạn tự động thử gửi lại, và máy chủ dùng danh sách xám hoặc giới hạn tốc độ sẽ chấp nhận thư ở một lần thử sau.
    Nếu sau vài giờ mà thư báo chậm chuyển phát vẫn ghi mã 450, hãy chuyển tiếp thư báo đó cho quản trị viên máy chủ thư của bạn.
code-450-fix-admin =
    Ở phía máy chủ gửi, hãy bảo đảm máy chủ của bạn thử gửi lại các thư bị hoãn, tốt nhất là từ cùng một địa chỉ IP, vì máy chủ dùng danh sách xám chỉ chấp nhận lần thử lại mà nó nhận ra.
    Nếu nội dung phản hồi nêu một vấn đề DNS, hãy khắc phục vấn đề đó: công bố cho địa chỉ IP gửi thư của bạn một bản ghi DNS ngược (bản ghi <code>PTR</code>) khớp với một bản ghi DNS thuận, và bảo đảm tên miền người gửi của bạn phân giải được.
    Ở phía máy chủ nhận, hãy đọc lý do trong nhật ký thư, và đưa vào danh sách cho phép những máy chủ gửi thử lại đúng cách nhưng mỗi lần lại từ một địa chỉ khác, chẳng hạn máy chủ của các nhà cung cấp lớn.
code-450-fix-developer =
    Nếu ứng dụng của bạn tự chuyển phát thư, hãy đưa thư vào hàng đợi và thử gửi lại sau thay vì coi 450 là lỗi vĩnh viễn, hoặc giao thư cho một máy chủ thư cục bộ để máy chủ đó làm việc này thay bạn.
    Hãy giãn cách các lần thử lại: RFC 5321 (mục 4.5.4.1) khuyến nghị mỗi lần cách nhau ít nhất 30 phút và chỉ ngừng thử sau bốn đến năm ngày.

code-451-name = Lỗi xử lý cục bộ
code-451-description = Máy chủ đã hủy thao tác được yêu cầu do một lỗi ở chính phía mình (RFC 5321, mục 4.2.3). Đây là một lỗi tạm thời: máy chủ chưa chấp nhận điều được yêu cầu, và máy khách giữ thư lại để thử gửi lại sau. RFC 5321 (mục 3.8) cũng quy định rằng máy khách nên coi một kết nối bị đứt giữa chừng một giao dịch như thể đã nhận được 451. Trong giao thức trung chuyển thư theo yêu cầu (On-Demand Mail Relay, ODMR; RFC 2645, mục 5.2.1), 451 là phản hồi cho lệnh <code>ATRN</code> khi máy chủ hiện không thể kiểm tra quyền của khách hàng đối với các tên miền được yêu cầu, chẳng hạn vì một cơ sở dữ liệu không khả dụng.
code-451-when = Máy chủ gửi 451 khi ổ đĩa, tệp hàng đợi, cơ sở dữ liệu, truy vấn DNS hoặc một bộ lọc nội dung như trình quét virus hay thư rác gặp lỗi, ví dụ <samp>451 4.3.0 Error: queue file write error</samp> (lỗi ghi tệp hàng đợi) hoặc <samp>451 4.3.5 Server configuration error</samp> (lỗi cấu hình máy chủ) của Postfix. Microsoft 365 hoãn nhận thư bằng <samp>451 4.7.500 Server busy. Please try again later</samp> (máy chủ đang bận, vui lòng thử lại sau) khi giới hạn tốc độ đối với một địa chỉ IP gửi thư. Một số bộ lọc danh sách xám dùng 451 thay cho 450.
code-451-fix-sender =
    Hãy chờ: máy chủ thư của bạn tự động thử gửi lại, và thư thường được chuyển phát khi máy chủ nhận đã hoạt động bình thường trở lại.
    Nếu cuối cùng bạn nhận được thư báo không chuyển phát được sau nhiều ngày máy chủ nhận liên tục trả lời bằng 451, hãy gửi lại thư vào lúc khác và báo cho người nhận qua một kênh khác.
code-451-fix-admin =
    Ở phía máy chủ nhận, hãy tra nhật ký thư tại thời điểm gửi phản hồi, vì nhật ký sẽ chỉ ra thành phần bị lỗi, chẳng hạn ổ đĩa đầy, dịch vụ lọc đã dừng, cơ sở dữ liệu không trả lời hoặc lỗi cấu hình.
    Hãy sửa thành phần đó; sau đó các thư bị hoãn sẽ được chuyển phát ở lần thử lại tiếp theo của các máy chủ gửi.
    Ở phía máy chủ gửi, nếu một nhà cung cấp lớn hoãn nhận thư của bạn bằng 451, chẳng hạn Microsoft 365 với <code>4.7.500</code>, hãy giảm tốc độ gửi tới nhà cung cấp đó, tiếp tục thử lại và kiểm tra uy tín của địa chỉ IP của bạn.

code-452-name = Hệ thống không đủ dung lượng lưu trữ
code-452-description = Máy chủ hiện không thể chấp nhận lệnh vì thiếu dung lượng lưu trữ hoặc một tài nguyên khác (RFC 5321, mục 4.2.3). Đây là một lỗi tạm thời, và máy khách sẽ thử lại sau. Đây cũng là phản hồi đúng cho <code>RCPT TO</code> khi máy chủ đã chạm giới hạn số người nhận trong một giao dịch: khi đó máy khách chuyển phát thư cho những người nhận đã được chấp nhận và gửi thư cho những người còn lại trong một giao dịch sau (RFC 5321, mục 4.5.3.1.10). Với phần mở rộng <code>SIZE</code> (RFC 1870, mục 6.1), mã này có nghĩa là kích thước thư được khai báo lớn hơn dung lượng mà máy chủ hiện còn trống.
code-452-when = Postfix gửi <samp>452 4.3.1 Insufficient system storage</samp> khi dung lượng trống của hệ thống tệp chứa hàng đợi nhỏ hơn 1,5 lần <code>message_size_limit</code> hoặc nhỏ hơn <code>queue_minfree</code>, và gửi <samp>452 4.5.3 Error: too many recipients</samp> khi một giao dịch vượt quá <code>smtpd_recipient_limit</code> (mặc định là 1000). Exim trả lời <samp>452 too many recipients</samp> cho những người nhận vượt quá giới hạn <code>recipients_max</code>. Gmail trả lời <samp>452 4.5.3 Your message has too many recipients</samp> và, với một hộp thư đã vượt hạn mức dung lượng, <samp>452 4.2.2 The email account that you tried to reach is over quota</samp> (tài khoản thư mà bạn muốn gửi tới đã vượt hạn mức).
code-452-fix-sender =
    Hãy chờ: máy chủ thư của bạn sẽ tự chuyển phát thư cho những người nhận còn lại, hoặc tự thử gửi lại thư.
    Nếu hộp thư của người nhận đã vượt hạn mức dung lượng, hãy báo cho họ qua một kênh khác để họ giải phóng dung lượng.
code-452-fix-admin =
    Ở phía máy chủ nhận, hãy giải phóng dung lượng đĩa trên hệ thống tệp chứa hàng đợi thư hoặc thư mục spool, và tìm xem thứ gì đang làm đầy nó, chẳng hạn một hàng đợi thư bị hoãn ngày càng dài (<code>postqueue -p</code> liệt kê hàng đợi của Postfix).
    Nếu người gửi thường xuyên chạm giới hạn số người nhận của bạn, hãy kiểm tra xem giới hạn đó có phù hợp với người dùng của bạn không (<code>smtpd_recipient_limit</code> trong Postfix, <code>recipients_max</code> trong Exim).
code-452-fix-developer =
    Khi <code>RCPT TO</code> nhận được 452 vì quá nhiều người nhận, hãy hoàn tất giao dịch cho những người nhận đã được chấp nhận, rồi gửi thư cho những người còn lại trong một giao dịch mới (RFC 5321, mục 4.5.3.1.10).
    Hãy coi mọi phản hồi 452 khác là lỗi tạm thời: giữ thư lại và thử gửi lại sau.

# RFC 2645 reply text, addressed by the provider’s server to the customer.
code-453-name = Bạn không có thư nào
code-453-description = Trong giao thức trung chuyển thư theo yêu cầu (On-Demand Mail Relay, ODMR; RFC 2645, mục 5.2.1), nhà cung cấp trả lời <code>ATRN</code> bằng 453 khi không tên miền nào của khách hàng có thư trong hàng đợi. Mã này thuộc nhóm lỗi tạm thời, nhưng nó báo một tình trạng bình thường chứ không phải một lỗi. Khách hàng kết thúc phiên bằng <code>QUIT</code> và yêu cầu lại sau; RFC 2645 cũng cho phép nhà cung cấp trả lời bằng 250 và kết thúc ngay phiên đã đổi vai.
code-453-when = Một máy chủ thư có kết nối không thường trực xác thực với dịch vụ trung chuyển thư theo yêu cầu (On-Demand Mail Relay) của nhà cung cấp (cổng 366) và gửi <code>ATRN</code> cho các tên miền của mình, nhưng nhà cung cấp không có thư nào đang chờ cho tên miền nào trong số đó. Chỉ những máy chủ hỗ trợ trung chuyển thư theo yêu cầu mới gửi mã này.
code-453-fix-admin =
    Hãy yêu cầu lại sau, chẳng hạn ở lần chạy <code>ATRN</code> theo lịch tiếp theo, vì hiện không có thư nào đang chờ.
    Nếu bạn đang chờ thư, hãy kiểm tra xem nhà cung cấp có giữ thư trong hàng đợi cho các tên miền mà bạn nêu trong <code>ATRN</code> không và tài khoản của bạn có quyền đối với tất cả các tên miền đó không, vì chỉ cần một tên miền không có quyền là nhà cung cấp sẽ từ chối toàn bộ yêu cầu bằng 450.

code-454-name = Lỗi tạm thời về xác thực hoặc TLS
code-454-description = Máy chủ không thể hoàn tất một bước bảo mật vì một lý do tạm thời. Lỗi tạm thời này có hai nghĩa: khi trả lời <code>AUTH</code> (RFC 4954, mục 6: <samp>454 4.7.0 Temporary authentication failure</samp>), máy chủ không kiểm tra được thông tin xác thực do một sự cố ở phía máy chủ, còn khi trả lời <code>STARTTLS</code> (RFC 3207, mục 4: <samp>454 TLS not available due to temporary reason</samp>), máy chủ hiện không thể bắt đầu TLS. Sau lỗi <code>AUTH</code>, máy khách không nên yêu cầu người dùng nhập mật khẩu khác (RFC 4954, mục 6); sau lỗi <code>STARTTLS</code>, máy khách tự quyết định theo chính sách của mình là tiếp tục mà không có TLS, chờ và thử lại sau, hay bỏ cuộc (RFC 3207, mục 4).
code-454-when = Postfix trả lời <code>STARTTLS</code> bằng <samp>454 4.7.0 TLS not available due to local problem</samp> (TLS không khả dụng do sự cố cục bộ) khi việc thiết lập TLS của nó thất bại, thường là vì không nạp được chứng chỉ hoặc khóa riêng, và trả lời <code>AUTH</code> bằng <samp>454 4.7.0 Temporary authentication failure:</samp> kèm một lý do khi dịch vụ xác thực của nó, chẳng hạn Dovecot, không trả lời. Exim trả lời <code>STARTTLS</code> bằng <samp>454 TLS currently unavailable</samp> (TLS hiện không khả dụng) khi phát hiện một vấn đề cấu hình cục bộ trước khi bắt tay. Postfix còn dùng 454 ngoài hai nghĩa này: với giá trị mặc định của <code>smtpd_relay_restrictions</code> từ Postfix 2.10 trở lên, vốn kết thúc bằng <code>defer_unauth_destination</code>, một lần cố trung chuyển (relay) thư sẽ nhận được phản hồi gồm <samp>454 4.7.1</samp>, địa chỉ và <samp>Relay access denied</samp> (không được phép trung chuyển thư).
code-454-fix-sender =
    Hãy thử lại sau, và liên hệ với nhà cung cấp dịch vụ thư nếu lỗi vẫn tiếp diễn, vì sự cố nằm ở máy chủ chứ không phải ở mật khẩu của bạn.
code-454-fix-admin =
    Với TLS, hãy xem nhật ký thư và kiểm tra xem các tệp chứng chỉ và khóa có tồn tại không, máy chủ thư có đọc được không và chúng có khớp với nhau không.
    Với <code>AUTH</code>, hãy kiểm tra xem dịch vụ xác thực và cơ sở dữ liệu của nó có đang chạy và trả lời không, chẳng hạn socket xác thực của Dovecot dùng cho Postfix.
    Với <samp>454 4.7.1 Relay access denied</samp> trong Postfix, nếu máy khách được phép trung chuyển (relay) thư, hãy yêu cầu nó xác thực hoặc thêm mạng của nó vào <code>mynetworks</code>; nếu không, hãy thay <code>defer_unauth_destination</code> bằng <code>reject_unauth_destination</code> để từ chối vĩnh viễn.
code-454-fix-developer =
    Sau phản hồi 454 cho <code>AUTH</code>, hãy báo cho người dùng rằng máy chủ gặp sự cố thay vì yêu cầu nhập lại mật khẩu (RFC 4954, mục 6).
    Sau phản hồi 454 cho <code>STARTTLS</code>, đừng tiếp tục mà không mã hóa nếu chính sách của bạn yêu cầu TLS; hãy giữ thư lại và thử lại sau.

code-455-name = Máy chủ không thể đáp ứng các tham số
code-455-description = Máy chủ nhận ra các tham số của <code>MAIL FROM</code> hoặc <code>RCPT TO</code> nhưng hiện không thể đáp ứng chúng (RFC 5321, mục 4.1.1.11). Đây là một lỗi tạm thời, và máy khách có thể thử lại sau, hoặc gửi lệnh mà không kèm tham số đó nếu thư không cần đến nó. Dạng vĩnh viễn của vấn đề này là 555.
code-455-when = Máy chủ có thể gửi 455 khi hiện không thể đáp ứng một tham số cho giao dịch này, chẳng hạn một yêu cầu thông báo trạng thái chuyển phát (DSN) hoặc một thời hạn <code>DELIVERBY</code> (RFC 2852). Trên thực tế mã này hiếm gặp, vì phần lớn máy chủ báo lỗi về tham số bằng 452, 501 hoặc 555.
code-455-fix-admin =
    Ở phía máy chủ nhận, hãy xem nhật ký để biết máy chủ không đáp ứng được tham số nào và vì sao, chẳng hạn do một chính sách hoặc một giới hạn tài nguyên.
code-455-fix-developer =
    Hãy thử lại giao dịch sau.
    Nếu phản hồi này lặp lại, hãy gửi lệnh mà không kèm tham số liên quan, nếu thư không cần đến tham số đó.

# RFC 1985 reply text “Unable to queue messages for node x”, with the node
# name left out; a node is a domain.
code-458-name = Không thể kích hoạt hàng đợi thư cho nút
code-458-description = Máy chủ đã nhận được một yêu cầu <code>ETRN</code> để bắt đầu chuyển phát số thư mà nó đang giữ cho một nút (node), tức là một tên miền, nhưng hiện không thể bắt đầu việc chuyển phát đó (RFC 1985, mục 5.1). Đây là một lỗi tạm thời, và máy khách có thể gửi lại yêu cầu sau. Mã này chỉ thuộc về <code>ETRN</code>; giao thức trung chuyển thư theo yêu cầu (On-Demand Mail Relay, lệnh <code>ATRN</code>; RFC 2645) không dùng đến nó.
code-458-when = Máy chủ gửi 458 khi trình quản lý hàng đợi hoặc dịch vụ flush của nó không xử lý được yêu cầu. Postfix trả lời <samp>458 Unable to queue messages</samp> khi không kết nối được tới dịch vụ fast flush, khi dịch vụ đó từ chối yêu cầu vì sai định dạng, và khi <code>ETRN</code> đến trong chế độ “<code>sendmail -bs</code>”. Exim trả lời <samp>458 Already processing</samp> (đang xử lý rồi) kèm theo đối số khi một lượt xử lý hàng đợi cho cùng đối số <code>ETRN</code> đó vẫn đang chạy (<code>smtp_etrn_serialize</code>), và trả lời <samp>458 Unable to fork process</samp> (không tạo được tiến trình) khi không khởi động được lượt xử lý đó.
code-458-fix-admin =
    Nếu bạn ở phía máy khách, hãy gửi lại yêu cầu <code>ETRN</code> sau, chẳng hạn ở lần chạy theo lịch tiếp theo.
    Nếu bạn là quản trị viên của máy chủ, hãy kiểm tra xem dịch vụ flush hoặc dịch vụ hàng đợi có đang chạy không và tìm lỗi của nó trong nhật ký; Postfix ghi <samp>unable to talk to fast flush service</samp> khi không kết nối được tới dịch vụ đó.
    Trong Exim, phản hồi <samp>Already processing</samp> sẽ hết khi lượt xử lý hàng đợi đang chạy cho đối số đó kết thúc.

# RFC 1985 reply text “Node x not allowed: reason”, with the node name and
# the reason left out; a node is a domain.
code-459-name = Nút không được phép
code-459-description = Máy chủ từ chối bắt đầu chuyển phát cho nút (node) được yêu cầu, tức là một tên miền, và nội dung phản hồi thường nêu lý do (RFC 1985, mục 5.1). Về hình thức, đây là một lỗi tạm thời, nhưng cùng một yêu cầu chỉ thành công sau khi cấu hình hoặc chính yêu cầu đó thay đổi. Mã này chỉ thuộc về <code>ETRN</code>; giao thức trung chuyển thư theo yêu cầu (On-Demand Mail Relay, lệnh <code>ATRN</code>; RFC 2645) không dùng đến nó.
code-459-when = Máy chủ gửi 459 khi máy khách yêu cầu một tên miền không được cấu hình để chuyển phát theo yêu cầu, hoặc khi máy khách không được phép lấy thư của tên miền đó về; RFC 1985 (mục 5.2) nói rằng một phản hồi 4yz thường có nghĩa là máy khách không nằm trong danh sách các máy khách được phép của máy chủ. Postfix trả lời bằng một phản hồi gồm 459, tên miền và <samp>service unavailable</samp> (dịch vụ không khả dụng) khi tên miền không có trong <code>fast_flush_domains</code>, tham số theo mặc định chứa các tên miền trong <code>relay_domains</code>.
code-459-fix-admin =
    Nếu bạn ở phía máy khách, hãy kiểm tra tên miền trong lệnh <code>ETRN</code> xem có gõ sai không, và bảo đảm rằng máy chủ đó đang thay bạn giữ thư cho tên miền này.
    Nếu bạn là quản trị viên của máy chủ, hãy thêm tên miền đó vào các tên miền được chuyển phát theo yêu cầu (<code>fast_flush_domains</code> trong Postfix, mặc định là <code>$relay_domains</code>), hoặc cho phép máy khách đó trong các quy tắc <code>ETRN</code> của bạn (<code>smtpd_etrn_restrictions</code> trong Postfix, <code>acl_smtp_etrn</code> trong Exim).

## 5yz: lỗi vĩnh viễn

code-500-name = Lỗi cú pháp, không nhận ra lệnh
code-500-description = Máy chủ không nhận ra lệnh, hoặc dòng lệnh quá dài (RFC 5321, mục 4.2.3 và 4.3.2). Đây là một lỗi vĩnh viễn đối với lệnh này: máy khách không được lặp lại y nguyên lệnh đó, và máy chủ được trông đợi sẽ giữ kết nối và chờ lệnh tiếp theo (RFC 5321, mục 3.8). Trong SMTP AUTH (RFC 4954, mục 4 và 6), <samp>500 5.5.6 Authentication Exchange line is too long</samp> (dòng trao đổi xác thực quá dài) làm lệnh <code>AUTH</code> thất bại khi một dòng mà máy khách gửi trong quá trình trao đổi dài hơn bộ đệm xác thực của máy chủ. Trong <code>ETRN</code> (RFC 1985, mục 5.1), <samp>500 Syntax Error</samp> (lỗi cú pháp) từ chối một lệnh <code>ETRN</code> sai cú pháp.
code-500-when = Máy chủ gửi 500 cho các lệnh gõ sai hoặc không nhận ra được, cho dữ liệu không phải SMTP, chẳng hạn một yêu cầu HTTP hoặc một lần bắt tay TLS gửi tới một cổng SMTP không mã hóa, và cho những dòng lệnh dài hơn giới hạn 512 octet mà RFC 5321 (mục 4.5.3.1.4) cho phép. Exim trả lời các lệnh không nhận ra được bằng <samp>500 unrecognized command</samp>, còn Postfix 3.7 trở lên trả lời <samp>500 5.5.2 Error: command not recognized</samp>, trong khi Postfix 3.6 trở về trước gửi 502 (<code>postfix/HISTORY</code>, 20210810). Postfix 3.4 trở lên làm thất bại quá trình trao đổi <code>AUTH</code> bằng <samp>500 5.5.6 SASL response limit exceeded</samp> (vượt quá giới hạn độ dài câu trả lời) khi một câu trả lời dài hơn <code>smtpd_sasl_response_limit</code> (mặc định 12288 octet), và Postfix trả lời một lệnh <code>ETRN</code> không có đúng một đối số bằng <samp>500 Syntax: ETRN domain</samp> (cú pháp đúng: lệnh kèm một tên miền).
code-500-fix-sender =
    Nếu ứng dụng thư của bạn báo lỗi này khi kết nối, hãy kiểm tra thiết lập máy chủ thư đi của nó: cổng 587 với <code>STARTTLS</code>, hoặc cổng 465 với SSL/TLS, theo hướng dẫn của nhà cung cấp.
code-500-fix-admin =
    Hãy tìm trong nhật ký của máy chủ xem máy chủ không nhận ra lệnh nào; các lệnh không nhận ra được từ cùng một máy khách thường cho thấy máy khách đó hoàn toàn không dùng giao thức SMTP, chẳng hạn một trình duyệt web hoặc một công cụ quét lỗ hổng.
    Nếu <code>AUTH</code> thất bại với <code>500 5.5.6</code> vì token lớn, chẳng hạn vé Kerberos (<code>GSSAPI</code>) của những người dùng thuộc nhiều nhóm, hãy tăng giới hạn độ dài câu trả lời xác thực của máy chủ (<code>smtpd_sasl_response_limit</code> trong Postfix 3.4 trở lên, <code>line_length_limit</code> trong các phiên bản trước đó).
code-500-fix-developer =
    Hãy kiểm tra chính tả của từng lệnh trong nhật ký phiên của máy khách, và chỉ gửi những lệnh mà RFC 5321 định nghĩa hoặc máy chủ liệt kê trong phản hồi cho <code>EHLO</code>.
    Hãy giữ mọi dòng lệnh, kể cả ký tự kết thúc dòng, trong giới hạn 512 octet (RFC 5321, mục 4.5.3.1.4).
    Nếu câu trả lời ban đầu làm lệnh <code>AUTH</code> dài quá giới hạn đó, hãy bỏ nó ra khỏi lệnh và gửi sau thử thách rỗng <samp>334 </samp> của máy chủ, như RFC 4954 (mục 4) yêu cầu.
    Nếu phản hồi là <samp>500 5.5.6</samp>, chính câu trả lời đã dài hơn bộ đệm xác thực của máy chủ, và gửi nó trên một dòng riêng cũng không giúp được gì: hãy dùng một token ngắn hơn, hoặc nhờ quản trị viên của máy chủ tăng giới hạn.
    Hãy chỉ dùng TLS ngầm định (implicit TLS) trên cổng 465, vì một lần bắt tay TLS gửi tới cổng 25 hoặc 587 trước <code>STARTTLS</code> sẽ đến máy chủ dưới dạng dữ liệu không đọc được.

code-501-name = Lỗi cú pháp trong tham số hoặc đối số
code-501-description = Máy chủ nhận ra lệnh nhưng không thể chấp nhận các tham số hoặc đối số của lệnh (RFC 5321, mục 4.2.3). Đây là một lỗi vĩnh viễn đối với lệnh này: máy khách phải sửa các đối số rồi mới gửi lại lệnh. <code>STARTTLS</code> (RFC 3207, mục 4) dùng mã này khi lệnh <code>STARTTLS</code>, vốn không nhận tham số nào, được gửi kèm tham số, còn SMTP AUTH (RFC 4954, mục 4) dùng mã này khi máy khách hủy quá trình trao đổi bằng một dấu sao (<samp>*</samp>), gửi dữ liệu không phải base64 hợp lệ, hoặc gửi câu trả lời ban đầu với một cơ chế không cho phép điều đó. Trong <code>ETRN</code> (RFC 1985, mục 5.1), <samp>501 Syntax Error in Parameters</samp> (lỗi cú pháp trong tham số) từ chối một tên nút không hợp lệ.
code-501-when = Postfix trả lời <code>HELO</code> hoặc <code>EHLO</code> không kèm tên máy (hostname) bằng <samp>501 Syntax: HELO hostname</samp> hoặc <samp>501 Syntax: EHLO hostname</samp>, không có mã trạng thái mở rộng, vì RFC 2034 không dùng mã nào trong các phản hồi cho <code>HELO</code> và <code>EHLO</code>; với một địa chỉ sai định dạng trong <code>MAIL FROM</code>, nó trả lời bằng <samp>501 5.1.7 Bad sender address syntax</samp> (cú pháp địa chỉ người gửi không hợp lệ), và khi có <code>reject_invalid_helo_hostname</code>, nó từ chối một tên <code>EHLO</code> không hợp lệ bằng một phản hồi gồm <samp>501 5.5.2</samp>, tên đó và <samp>Helo command rejected: Invalid name</samp> (lệnh chào bị từ chối: tên không hợp lệ). Quá trình trao đổi <code>AUTH</code> bị hủy nhận được <samp>501 5.7.0 Authentication aborted</samp> từ Postfix và <samp>501 Authentication cancelled</samp> từ Exim. Thư viện gửi thư gây ra 501 khi chuyển đi những địa chỉ chứa dấu cách, ký tự xuống dòng hoặc các ký tự khác lấy từ dữ liệu người dùng nhập mà chưa được kiểm tra.
code-501-fix-sender =
    Hãy kiểm tra các địa chỉ bạn đã nhập xem có dấu cách, có thiếu phần nào hoặc có ký tự không được phép trong địa chỉ không, rồi gửi lại thư.
code-501-fix-admin =
    Nếu một máy chủ nhận từ chối lệnh <code>EHLO</code> của máy chủ bạn, hãy cấu hình để máy chủ của bạn gửi tên máy đầy đủ (FQDN) của nó (trong Postfix là <code>myhostname</code> hoặc <code>smtp_helo_name</code>).
code-501-fix-developer =
    Hãy tìm trong nhật ký phiên xem lệnh nào đã nhận 501, rồi sửa đối số của lệnh đó: tên máy đầy đủ (FQDN) trong <code>EHLO</code>, địa chỉ đặt trong dấu ngoặc nhọn trong <code>MAIL FROM</code> và <code>RCPT TO</code>, và không có tham số nào sau <code>STARTTLS</code>.
    Với <code>AUTH</code>, hãy gửi dữ liệu base64 đúng chuẩn, không có ký tự xuống dòng, và chỉ dùng câu trả lời ban đầu với những cơ chế mà máy khách nói trước, chẳng hạn <code>PLAIN</code>.
    Hãy kiểm tra tính hợp lệ của địa chỉ trước khi chuyển cho thư viện gửi thư, và không chấp nhận ký tự xuống dòng trong bất kỳ giá trị nào sẽ được đưa vào một lệnh SMTP.

code-502-name = Lệnh chưa được triển khai
code-502-description = Máy chủ nhận ra lệnh nhưng không triển khai lệnh đó, hoặc đã tắt nó (RFC 5321, mục 4.2.3 và 4.2.4). Đây là một lỗi vĩnh viễn đối với lệnh này, và máy khách không được trông cậy vào lệnh đó khi làm việc với máy chủ này. Trong giao thức trung chuyển thư theo yêu cầu (On-Demand Mail Relay, ODMR; RFC 2645, mục 5.4), nhà cung cấp có thể trả lời mọi lệnh khác ngoài <code>EHLO</code>, <code>AUTH</code>, <code>ATRN</code> và <code>QUIT</code> bằng 502; bản thân <code>ATRN</code> không bao giờ nhận được 502.
code-502-when = Postfix trả lời <samp>502 5.5.1 VRFY command is disabled</samp> (lệnh này đã bị tắt) khi đặt <code>disable_vrfy_command = yes</code>, và trả lời <code>STARTTLS</code> bằng <samp>502 5.5.1 Error: command not implemented</samp> (lỗi: lệnh chưa được triển khai) khi TLS chưa được bật. Máy chủ cũng có thể gửi 502 cho <code>EXPN</code>, <code>TURN</code>, <code>ETRN</code> hoặc <code>HELP</code> khi các lệnh này bị tắt. Một số máy chủ dùng 502 cả cho những lệnh mà chúng hoàn toàn không nhận ra, dù RFC 5321 (mục 4.2.4) yêu cầu dùng 500 trong trường hợp đó: qmail trả lời mọi lệnh không nhận ra được bằng <samp>502 unimplemented (#5.5.1)</samp> (chưa triển khai), còn Postfix 3.6 trở về trước trả lời <samp>502 5.5.2 Error: command not recognized</samp> (lỗi: không nhận ra lệnh), phản hồi mà Postfix 3.7 đã đổi thành 500 (<code>postfix/HISTORY</code>, 20210810).
code-502-fix-admin =
    Nếu máy khách cần đến lệnh đó, hãy bật nó trong cấu hình, chẳng hạn bằng <code>disable_vrfy_command = no</code> trong Postfix, hoặc với <code>STARTTLS</code> thì bằng <code>smtpd_tls_security_level = may</code> cùng một chứng chỉ và khóa (<code>smtpd_tls_chain_files</code> trong Postfix 3.4 trở lên).
    Đừng liệt kê một phần mở rộng trong phản hồi cho <code>EHLO</code> nếu máy chủ trả lời lệnh của phần mở rộng đó bằng 502 (RFC 5321, mục 4.2.4).
code-502-fix-developer =
    Hãy gửi <code>EHLO</code> trước, và chỉ dùng những lệnh và phần mở rộng mà phản hồi cho lệnh đó liệt kê.
    Thay vì dùng <code>VRFY</code>, hãy gửi thư và xử lý các phản hồi cho <code>RCPT TO</code> cũng như mọi thư báo không chuyển phát được đến sau.
code-502-restriction = RFC 5321 (mục 4.2.4) dành 502 cho những lệnh mà máy chủ nhận ra nhưng không triển khai: “If the command is not recognized, code 500 SHOULD be returned.” (nếu không nhận ra lệnh, máy chủ NÊN trả về mã 500). RFC này cũng nói rằng “Extended SMTP systems MUST NOT list capabilities in response to EHLO for which they will return 502 (or 500) replies.” (hệ thống SMTP mở rộng KHÔNG ĐƯỢC quảng bá những tính năng mà chúng sẽ trả lời bằng 502 hoặc 500).

code-503-name = Sai thứ tự lệnh
code-503-description = Lệnh hợp lệ, nhưng được gửi sai thời điểm trong phiên (RFC 5321, mục 4.2.3). Đây là một lỗi vĩnh viễn đối với lệnh này: trước hết máy khách phải gửi những lệnh còn thiếu, theo thứ tự mà RFC 5321 quy định. RFC 5321 liệt kê 503 cho <code>MAIL</code>, <code>RCPT</code> và <code>DATA</code> (mục 4.3.2) và cho mọi lệnh sau lời chào 554 (mục 3.1); SMTP AUTH (RFC 4954, mục 4) dùng mã này cho <code>AUTH</code> sau khi đã xác thực thành công hoặc giữa một giao dịch thư, còn <code>CHUNKING</code> (RFC 3030, mục 2) dùng nó cho <code>BDAT</code> sau <code>BDAT LAST</code> và cho việc dùng lẫn <code>DATA</code> với <code>BDAT</code> trong cùng một giao dịch.
code-503-when = Postfix gửi <samp>503 5.5.1 Error: need MAIL command</samp> cho <code>RCPT TO</code> đến trước <code>MAIL FROM</code>, <samp>503 5.5.1 Error: need RCPT command</samp> cho <code>DATA</code> khi chưa có người nhận nào được chấp nhận, <samp>503 5.5.1 Error: send HELO/EHLO first</samp> (cần gửi lệnh chào trước) khi đặt <code>smtpd_helo_required = yes</code>, và <samp>503 5.5.1 Error: authentication not enabled</samp> cho <code>AUTH</code> khi nó không hỗ trợ xác thực. Exim trả lời bằng <samp>503 AUTH command used when not advertised</samp> khi nhận <code>AUTH</code> trên một kết nối mà nó chưa quảng bá <code>AUTH</code>. Máy chủ đã từ chối máy khách ngay khi kết nối sẽ trả lời các lệnh sau đó bằng 503, như RFC 5321 (mục 3.1) khuyến nghị sau lời chào 554; Postfix làm việc này bằng <samp>503 5.7.0 Error: access denied for</samp> (lỗi: từ chối truy cập đối với) kèm theo tên của máy khách.
code-503-fix-admin =
    Nếu nhiều máy khách nhận 503 cho <code>AUTH</code>, hãy kiểm tra xem máy chủ có hỗ trợ <code>AUTH</code> trên cổng đó không (<code>smtpd_sasl_auth_enable = yes</code> trong Postfix), và nhớ rằng với <code>smtpd_tls_auth_only = yes</code>, máy chủ chỉ hỗ trợ <code>AUTH</code> sau <code>STARTTLS</code>.
    Nếu một máy khách bị từ chối ngay khi kết nối rồi nhận 503 cho mọi lệnh, hãy tìm trong nhật ký xem quy tắc nào đã từ chối nó, vì các phản hồi 503 chỉ là hệ quả của quy tắc đó.
code-503-fix-developer =
    Hãy gửi các lệnh theo thứ tự mà RFC 5321 quy định: <code>EHLO</code>, rồi <code>STARTTLS</code> và <code>AUTH</code> nếu cần (kèm một <code>EHLO</code> mới sau <code>STARTTLS</code>), rồi <code>MAIL FROM</code>, mỗi người nhận một <code>RCPT TO</code>, và <code>DATA</code> hoặc <code>BDAT</code>.
    Hãy kiểm tra phản hồi cho từng <code>RCPT TO</code>, và đừng gửi <code>DATA</code> khi máy chủ đã từ chối mọi người nhận.
    Đừng gửi lại <code>AUTH</code> sau 235, và đừng gửi <code>AUTH</code> hay <code>ETRN</code> giữa một giao dịch thư.
    Khi dùng <code>PIPELINING</code>, hãy sửa lỗi đầu tiên trong nhật ký, vì một lệnh thất bại có thể kéo theo nhiều phản hồi 503 sau nó.
    Sau một lỗi với <code>BDAT</code>, hoặc sau khi dùng lẫn <code>DATA</code> với <code>BDAT</code>, hãy gửi <code>RSET</code> trước khi bắt đầu lại giao dịch (RFC 3030, mục 2).

code-504-name = Tham số của lệnh chưa được triển khai
code-504-description = Máy chủ nhận ra lệnh và tham số của lệnh, nhưng không triển khai tham số đó (RFC 5321, mục 4.2.3). Đây là một lỗi vĩnh viễn đối với lệnh này. Trong SMTP AUTH (RFC 4954, mục 4), máy chủ trả lời 504 kèm mã trạng thái mở rộng <code>5.5.4</code> khi cơ chế xác thực được yêu cầu không hợp lệ, chẳng hạn vì máy chủ không hỗ trợ cơ chế đó hoặc vì cơ chế đó cần một lớp mã hóa hiện chưa có.
code-504-when = Máy chủ gửi 504 cho <code>AUTH</code> với một cơ chế mà nó không cung cấp, chẳng hạn <code>CRAM-MD5</code> trên một máy chủ chỉ cung cấp <code>PLAIN</code> và <code>LOGIN</code>. Theo mặc định, Postfix cũng dùng 504 cho những tên máy và địa chỉ không đầy đủ (<code>non_fqdn_reject_code</code>), chẳng hạn một phản hồi gồm <samp>504 5.5.2</samp>, tên đó và <samp>Helo command rejected: need fully-qualified hostname</samp> (lệnh chào bị từ chối: cần tên máy đầy đủ) khi có dùng <code>reject_non_fqdn_helo_hostname</code>.
code-504-fix-admin =
    Nếu một máy chủ nhận từ chối tên <code>EHLO</code> của máy chủ bạn vì không đầy đủ, hãy đặt tên đó thành tên DNS đầy đủ của máy chủ (trong Postfix là <code>myhostname</code> hoặc <code>smtp_helo_name</code>).
    Nếu các ứng dụng trong mạng của bạn gửi thư chỉ với tên người dùng trơn, không kèm tên miền, hãy cấu hình các ứng dụng đó, hoặc máy chủ của bạn, để dùng địa chỉ đầy đủ có tên miền.
code-504-fix-developer =
    Hãy chọn một cơ chế <code>AUTH</code> từ dòng <code>AUTH</code> trong phản hồi cho <code>EHLO</code> của máy chủ, và đừng gửi <code>AUTH</code> với bất kỳ cơ chế nào khác.
    Hãy gửi tên máy đầy đủ (FQDN) trong <code>EHLO</code>, và địa chỉ đầy đủ có tên miền trong <code>MAIL FROM</code> và <code>RCPT TO</code>.

code-521-name = Máy này không nhận thư
code-521-description = Máy (host) này không nhận thư trong bất kỳ trường hợp nào (RFC 7504, mục 3). Đây là một lỗi vĩnh viễn: máy khách không được thử lại máy này cho thư đó. Máy chủ gửi mã này thay cho lời chào 220, rồi hoặc trả lời mọi lệnh sau đó trừ <code>QUIT</code> bằng 521, hoặc đóng kết nối (RFC 7504, mục 3); RFC 1846, nơi mã này được định nghĩa lần đầu, cũng mô tả hai cách làm đó (mục 4.2).
code-521-when = Những máy không bao giờ được nhận thư, chẳng hạn máy chủ web hoặc máy chủ ứng dụng, có thể chạy một dịch vụ SMTP tối giản chào mọi kết nối bằng 521 kèm một nội dung như <samp>Host does not accept mail</samp> (máy này không nhận thư). Postfix postscreen gửi 521 khi một máy khách không vượt qua một phép kiểm tra có hành động là <code>drop</code>: <samp>521 5.5.1 Protocol error</samp> (lỗi giao thức) cho máy khách nói trước lời chào (<code>postscreen_greet_action = drop</code>), và <samp>521 5.7.0 Error: I can break rules, too. Goodbye.</samp> (tôi cũng biết phá luật đấy, tạm biệt) cho HTTP hoặc các lệnh khác không phải SMTP khi phép kiểm tra tùy chọn đối với lệnh không phải SMTP được bật (<code>postscreen_non_smtp_command_enable = yes</code>; mặc định là <code>no</code>). Bản thân máy chủ SMTP của Postfix trả lời những lệnh như vậy bằng 221 chứ không phải 521, nhưng Postfix 3.4 trở lên trả lời <code>BDAT</code> bằng 521 rồi ngắt kết nối khi không hỗ trợ <code>CHUNKING</code>, vì nếu không, dữ liệu theo sau sẽ bị đọc như các lệnh. Theo RFC 1846 (mục 3), các máy chủ trung chuyển (relay) trong bản ghi <code>MX</code> cũng có thể trả lời <code>RCPT TO</code> bằng 521 cho một máy không nhận thư; RFC 7504 hiện dành 521 cho lúc mở kết nối và dành 556 cho các máy chủ trung chuyển trong trường hợp đó.
code-521-fix-sender =
    Hãy kiểm tra địa chỉ người nhận, nhất là tên miền, vì máy đã trả lời không bao giờ nhận thư và có thử lại cũng không thể thành công.
    Nếu địa chỉ đúng, hãy báo cho người nhận qua một kênh khác rằng thư gửi tới tên miền của họ đang bị từ chối.
code-521-fix-admin =
    Nếu bạn sở hữu tên miền người nhận, hãy để các bản ghi <code>MX</code> của nó chỉ trỏ tới những máy có nhận thư, vì một máy chào bằng 521 không được có mặt trong bản ghi <code>MX</code> của bất kỳ tên miền nào (RFC 1846, mục 4.3).
    Nếu quản trị viên của một máy chủ nhận báo rằng postscreen của họ đã ngắt kết nối với máy chủ của bạn, hãy sửa hành vi được nêu trong nhật ký của postscreen, chẳng hạn việc gửi lệnh trước khi lời chào kết thúc.
    Nếu chính postscreen của bạn ngắt kết nối với một máy chủ hợp lệ, hãy tìm dòng nhật ký về máy chủ đó (chẳng hạn <code>PREGREET</code>) và cho phép nó bằng <code>postscreen_access_list</code>, hoặc sửa phép kiểm tra mà nó không vượt qua.
    Nếu bạn quản lý một máy không bao giờ được nhận thư, hãy chào bằng 521, rồi trả lời mọi lệnh sau đó trừ <code>QUIT</code> bằng 521 hoặc đóng kết nối (RFC 7504, mục 3).
code-521-restriction = RFC 7504 (mục 3) dành 521 cho lúc mở kết nối tới một máy không bao giờ nhận thư: “It SHOULD NOT be used for situations in which the server rejects mail from particular hosts or addresses” (KHÔNG NÊN dùng mã này cho những trường hợp máy chủ từ chối thư từ một số máy hay địa chỉ cụ thể); cho những trường hợp đó, mã cần dùng là 554. RFC 6409 (mục 7, Bảng 1) quy định rằng mã phản hồi 521 KHÔNG ĐƯỢC (MUST NOT) dùng trên cổng gửi thư (submission).

code-530-name = Yêu cầu xác thực hoặc TLS
code-530-description = Máy chủ từ chối lệnh cho đến khi máy khách đáp ứng một yêu cầu bảo mật. Đây là một lỗi vĩnh viễn đối với lệnh này, nhưng máy khách có thể thành công sau khi thực hiện bước còn thiếu. Trong SMTP AUTH (RFC 4954, mục 6), <samp>530 5.7.0 Authentication required</samp> (cần xác thực) là phản hồi cho mọi lệnh khác ngoài <code>AUTH</code>, <code>EHLO</code>, <code>HELO</code>, <code>NOOP</code>, <code>RSET</code> và <code>QUIT</code> khi chính sách yêu cầu xác thực, và không bao giờ là phản hồi cho chính quá trình trao đổi <code>AUTH</code>; trong <code>STARTTLS</code> (RFC 3207, mục 4), <samp>530 Must issue a STARTTLS command first</samp> là phản hồi cho mọi lệnh khác ngoài <code>NOOP</code>, <code>EHLO</code>, <code>STARTTLS</code> và <code>QUIT</code> trên một máy chủ yêu cầu TLS. Giao thức trung chuyển thư theo yêu cầu (On-Demand Mail Relay, ODMR; RFC 2645, mục 5.2.1) dùng 530 để từ chối <code>ATRN</code> được gửi trước khi xác thực.
code-530-when = Máy chủ của dịch vụ gửi thư (submission) gửi 530 khi một ứng dụng thư hoặc một ứng dụng khác gửi <code>MAIL FROM</code> mà không xác thực: chẳng hạn Microsoft 365 trả lời 530 kèm mã trạng thái mở rộng <code>5.7.57</code> và một nội dung như <samp>Client not authenticated to send mail</samp> (máy khách chưa xác thực nên không được gửi thư). Postfix gửi <samp>530 5.7.0 Must issue a STARTTLS command first</samp> cho các lệnh được gửi trước <code>STARTTLS</code> khi đặt <code>smtpd_tls_security_level = encrypt</code>. Đăng nhập thất bại không gây ra 530; thông tin xác thực sai sẽ nhận 535.
code-530-fix-sender =
    Trong thiết lập máy chủ thư đi của ứng dụng thư, hãy bật xác thực và nhập tên đăng nhập và mật khẩu của tài khoản.
    Hãy dùng cổng 587 với <code>STARTTLS</code>, hoặc cổng 465 với SSL/TLS, theo hướng dẫn của nhà cung cấp.
code-530-fix-admin =
    Trên dịch vụ gửi thư (submission), hãy bảo đảm máy chủ hỗ trợ <code>AUTH</code> sau <code>STARTTLS</code> và tài khoản được phép dùng SMTP AUTH.
    Đừng yêu cầu xác thực hay TLS trên cổng 25 của một máy có trong bản ghi <code>MX</code> của bạn: các máy chủ khác không thể xác thực với bạn, và RFC 3207 (mục 4) cấm một máy chủ được công bố công khai yêu cầu <code>STARTTLS</code> đối với việc chuyển phát thư cục bộ.
    Trong Postfix, hãy chỉ đặt <code>smtpd_tls_security_level = encrypt</code> cho dịch vụ submission trong <code>master.cf</code> (chẳng hạn bằng <code>-o smtpd_tls_security_level=encrypt</code>), không đặt cho dịch vụ trên cổng 25.
code-530-fix-developer =
    Hãy gửi <code>EHLO</code>, rồi <code>STARTTLS</code> và lại <code>EHLO</code>, rồi <code>AUTH</code>, và chỉ sau đó mới gửi <code>MAIL FROM</code>; trên cổng 465, hãy bắt đầu TLS trước khi đọc lời chào.
    Hãy bảo đảm thư viện gửi thư đã được cấu hình thông tin xác thực và thực sự gửi <code>AUTH</code>; chẳng hạn với <code>smtplib</code> của Python, việc xác thực chỉ diễn ra khi chương trình gọi <code>login()</code>.

code-534-name = Cơ chế xác thực quá yếu
code-534-description = Máy chủ từ chối cơ chế <code>AUTH</code> đã chọn vì cơ chế đó yếu hơn mức mà chính sách của máy chủ cho phép đối với người dùng này (RFC 4954, mục 6). Đây là một lỗi vĩnh viễn đối với cơ chế này, và RFC 4954 nói rằng máy khách NÊN (SHOULD) thử lại với một cơ chế xác thực khác.
code-534-when = Máy chủ gửi <samp>534 5.7.9 Authentication mechanism is too weak</samp> khi một máy khách dùng một cơ chế như <code>PLAIN</code> hoặc <code>LOGIN</code> cho một tài khoản hay một kết nối đòi hỏi cơ chế mạnh hơn. Gmail từng trả lời các lần đăng nhập bằng mật khẩu vào tài khoản có bật xác minh hai bước bằng <samp>534 5.7.9 Application-specific password required</samp> (cần mật khẩu dành riêng cho ứng dụng).
code-534-fix-sender =
    Nếu nhà cung cấp yêu cầu mật khẩu ứng dụng, hãy tạo một mật khẩu như vậy trong phần thiết lập bảo mật của tài khoản và nhập nó vào ứng dụng thư thay cho mật khẩu thông thường.
    Nếu ứng dụng thư của bạn hỗ trợ đăng nhập bằng OAuth 2.0 với nhà cung cấp của bạn, hãy dùng cách đó thay cho mật khẩu.
code-534-fix-admin =
    Hãy kiểm tra xem máy chủ cung cấp những cơ chế nào cho người dùng này và trên kết nối này, và bảo đảm có ít nhất một cơ chế đáp ứng chính sách của bạn, để máy khách có cơ chế khác mà chuyển sang.
code-534-fix-developer =
    Thay vì bỏ cuộc, hãy thử lại <code>AUTH</code> với một cơ chế mạnh hơn có trong phản hồi cho <code>EHLO</code> của máy chủ, chẳng hạn một cơ chế <code>SCRAM</code> hoặc OAuth 2.0 (<code>XOAUTH2</code> hoặc <code>OAUTHBEARER</code>).
    Hãy cho phép người dùng nhập mật khẩu ứng dụng, hoặc đăng nhập bằng OAuth 2.0, ở những nơi nhà cung cấp yêu cầu.

code-535-name = Thông tin xác thực không hợp lệ
code-535-description = Máy chủ đã từ chối thông tin xác thực mà máy khách gửi trong quá trình <code>AUTH</code> (RFC 4954, mục 6). Đây là một lỗi vĩnh viễn đối với lần thử này, và RFC 4954 nói rằng máy khách NÊN (SHOULD) yêu cầu người dùng cung cấp thông tin xác thực mới. Lặp lại cùng thông tin xác thực là vô ích và, trên những máy chủ có đếm số lần đăng nhập thất bại, có thể làm tài khoản bị khóa.
code-535-when = Trường hợp phổ biến nhất là sai tên đăng nhập hoặc mật khẩu, chẳng hạn Postfix trả lời <samp>535 5.7.8 Error: authentication failed:</samp> kèm theo lý do, Exim trả lời <samp>535 Incorrect authentication data</samp>, còn Gmail trả lời <samp>535 5.7.8 Username and Password not accepted</samp>. Microsoft 365 trả lời <samp>535 5.7.139 Authentication unsuccessful</samp> (xác thực không thành công) khi SMTP AUTH bị tắt cho tổ chức hoặc cho hộp thư, kể cả khi mật khẩu đúng. Máy chủ cũng gửi 535 khi tài khoản bị khóa hoặc bị vô hiệu hóa, hoặc khi tài khoản yêu cầu xác thực đa yếu tố.
code-535-fix-sender =
    Hãy kiểm tra tên đăng nhập, thường là địa chỉ thư điện tử đầy đủ, và nhập lại mật khẩu.
    Với Gmail, hãy dùng mật khẩu ứng dụng hoặc đăng nhập bằng OAuth 2.0; với Microsoft 365, hãy hỏi quản trị viên xem SMTP AUTH đã được bật cho hộp thư của bạn chưa.
    Hãy dừng mọi thiết bị hoặc chương trình khác vẫn đang thử đăng nhập bằng mật khẩu cũ, vì thất bại lặp đi lặp lại có thể làm tài khoản bị khóa.
code-535-fix-admin =
    Hãy tìm lý do trong nhật ký thư: Postfix ghi mỗi lần xác thực SASL thất bại kèm lý do mà dịch vụ xác thực đưa ra, còn bản thân dịch vụ đó, chẳng hạn Dovecot, ghi nhật ký chi tiết hơn.
    Với Microsoft 365, hãy bật SMTP AUTH (Authenticated SMTP) cho hộp thư, hoặc chuyển ứng dụng sang dùng OAuth 2.0.
code-535-fix-developer =
    Khi nhận 535, hãy yêu cầu người dùng cung cấp thông tin xác thực mới thay vì thử lại thông tin cũ (RFC 4954, mục 6).
    Hãy chuyển tên đăng nhập và mật khẩu sang dạng base64 cho đúng, không kèm ký tự xuống dòng ở cuối, và dùng địa chỉ đầy đủ làm tên đăng nhập ở những nơi nhà cung cấp yêu cầu.

code-538-name = Cơ chế xác thực được yêu cầu đòi hỏi mã hóa
code-538-description = Máy chủ chỉ chấp nhận cơ chế <code>AUTH</code> đã chọn qua một kết nối được mã hóa (RFC 4954, mục 6). Đây là một lỗi vĩnh viễn đối với lệnh này, nhưng máy khách có thể thành công sau khi bắt đầu TLS. Yêu cầu này thường nhằm bảo vệ các cơ chế như <code>PLAIN</code> và <code>LOGIN</code>, vốn gửi mật khẩu ở dạng mà bất kỳ ai đọc được kết nối cũng có thể khôi phục lại.
code-538-when = Máy chủ nào làm theo phần văn bản mang tính lịch sử của RFC 4954 sẽ trả lời <code>AUTH PLAIN</code> hoặc <code>AUTH LOGIN</code> gửi trước <code>STARTTLS</code> bằng <samp>538 5.7.11 Encryption required for requested authentication mechanism</samp>. Các máy chủ hiện nay thường tránh tình huống này bằng cách không cung cấp những cơ chế như vậy trước khi có TLS. Postfix làm như vậy khi đặt <code>smtpd_tls_auth_only = yes</code> (mặc định là <code>no</code>, và <code>smtpd_tls_security_level = encrypt</code> kéo theo giá trị <code>yes</code>), và khi đó trả lời <code>AUTH</code> gửi trước <code>STARTTLS</code> bằng <samp>503 5.5.1 Error: authentication not enabled</samp> (lỗi: xác thực chưa được bật). Các trình xác thực (authenticator) <code>PLAIN</code> và <code>LOGIN</code> mẫu trong cấu hình mặc định của Exim chỉ được quảng bá qua TLS (<code>server_advertise_condition</code>), và Exim trả lời bằng <samp>503 AUTH command used when not advertised</samp> khi nhận <code>AUTH</code> trên một kết nối mà nó chưa quảng bá <code>AUTH</code>.
code-538-fix-sender =
    Trong ứng dụng thư, hãy đặt chế độ bảo mật kết nối của máy chủ thư đi là <code>STARTTLS</code> trên cổng 587, hoặc SSL/TLS trên cổng 465.
    Đừng đề nghị nhà cung cấp cho phép dùng mật khẩu khi không mã hóa, vì yêu cầu này bảo vệ mật khẩu của bạn.
code-538-fix-admin =
    Trên các cổng gửi thư (submission), hãy chỉ cung cấp các cơ chế dùng mật khẩu sau <code>STARTTLS</code> (<code>smtpd_tls_auth_only = yes</code> trong Postfix), để máy khách không bao giờ chọn chúng quá sớm, như RFC 4954 (mục 6) khuyến nghị.
code-538-fix-developer =
    Hãy gửi <code>STARTTLS</code>, hoặc kết nối bằng TLS ngầm định (implicit TLS) trên cổng 465, gửi lại <code>EHLO</code>, và chỉ sau đó mới chọn một cơ chế từ dòng <code>AUTH</code> mới.
    Hãy xử lý 538 giống như phản hồi 504 kèm <code>5.5.4</code> mà RFC 4954 hiện quy định: bắt đầu TLS rồi thử lại, hoặc dừng lại nếu không có TLS.
code-538-restriction = RFC 4954 (mục 6) ghi lại 538 “for historical purposes only” (chỉ vì lý do lịch sử): máy chủ hiện đại KHÔNG NÊN (SHOULD NOT) quảng bá một cơ chế mà chúng không cho phép dùng khi không mã hóa, trừ khi đang có một lớp mã hóa đủ mạnh. Với một cơ chế đòi hỏi lớp mã hóa, RFC 4954 (mục 4) quy định dùng phản hồi 504 kèm mã trạng thái mở rộng <code>5.5.4</code> thay cho 538. Các máy chủ cũ vẫn có thể gửi 538, nên tốt nhất máy khách hãy coi mã này là một yêu cầu bắt đầu TLS.

code-550-name = Hộp thư không khả dụng
code-550-description = Máy chủ không thực hiện thao tác được yêu cầu, thường là vì hộp thư không tồn tại, người gửi không có quyền truy cập, hoặc chính sách cục bộ từ chối lệnh đó (RFC 5321, mục 4.2.3). Đây là một lỗi vĩnh viễn: máy khách không được thử lại cùng lệnh đó với cùng dữ liệu, và thư đang chờ trong hàng đợi sẽ bị trả về cho người gửi. Mã trạng thái mở rộng và nội dung phản hồi cho biết lý do chính xác; với <code>SMTPUTF8</code> (RFC 6531, mục 3.5), 550 kèm <code>X.6.7</code> từ chối một địa chỉ người gửi có ký tự ngoài ASCII, còn với bản ghi null MX (RFC 7505, mục 4.1), 550 kèm <code>5.7.27</code> từ chối thư mà tên miền trong <code>MAIL FROM</code> hoặc trong <code>From:</code> có công bố bản ghi null MX.
code-550-when = Trường hợp phổ biến nhất là người nhận không tồn tại, chẳng hạn phản hồi <samp>550 5.1.1</samp> của Postfix kèm địa chỉ và <samp>Recipient address rejected: User unknown in local recipient table</samp> (địa chỉ người nhận bị từ chối: không có người dùng này trong bảng người nhận cục bộ), hoặc <samp>550 5.1.1 The email account that you tried to reach does not exist</samp> (tài khoản thư mà bạn muốn gửi tới không tồn tại) của Gmail. Máy chủ cũng gửi 550 vì lý do chính sách: Gmail dùng <code>5.7.26</code> cho thư không vượt qua các bước kiểm tra xác thực người gửi, với nội dung phản hồi như <samp>This mail has been blocked because the sender is unauthenticated</samp> (thư này bị chặn vì người gửi chưa được xác thực), còn Microsoft 365 dùng các mã từ <code>5.7.606</code> đến <code>5.7.649</code> cho các địa chỉ IP bị chặn, chẳng hạn <samp>550 5.7.606 Access denied, banned sending IP</samp> (từ chối truy cập, địa chỉ IP gửi thư bị cấm). Postfix 3.0 trở lên, khi có <code>reject_unknown_sender_domain</code>, từ chối một tên miền người gửi có bản ghi null MX bằng một phản hồi gồm <samp>550 5.7.27</samp>, địa chỉ và <samp>Sender address rejected: Domain example.com does not accept mail (nullMX)</samp> (địa chỉ người gửi bị từ chối: tên miền này không nhận thư).
code-550-fix-sender =
    Nếu người nhận không tồn tại, hãy kiểm tra xem địa chỉ có bị gõ sai không và xác nhận lại với người nhận qua một kênh khác, và đừng gửi lại khi chưa sửa gì.
    Nếu thư bị từ chối vì chính sách, hãy chuyển tiếp thư báo không chuyển phát được cho quản trị viên máy chủ thư hoặc nhà cung cấp dịch vụ thư của bạn, vì cách khắc phục nằm ở phía máy chủ gửi.
    Nếu chính địa chỉ của bạn có ký tự ngoài ASCII và phản hồi mang mã <code>5.6.7</code>, hãy gửi từ một địa chỉ thuần ASCII hoặc qua một nhà cung cấp hỗ trợ <code>SMTPUTF8</code>.
code-550-fix-admin =
    Với <code>5.7.26</code> và các lỗi xác thực tương tự, hãy công bố các bản ghi SPF, DKIM và DMARC đúng cho tên miền người gửi, và bảo đảm mọi dịch vụ gửi thư bằng tên miền đó đều ký thư của mình hoặc có tên trong SPF.
    Với một địa chỉ IP bị chặn, hãy tìm hiểu vì sao nó bị đưa vào danh sách, khắc phục nguyên nhân, rồi yêu cầu gỡ khỏi danh sách với đơn vị vận hành danh sách đó hoặc qua thủ tục gỡ bỏ (delisting) của nhà cung cấp.
    Với <code>5.7.27</code>, hãy ngừng gửi thư bằng một tên miền có công bố bản ghi null MX, hoặc thay bản ghi null MX đó bằng các bản ghi <code>MX</code> thực (RFC 7505, mục 4.2).
    Ở phía máy chủ nhận, nếu thư gửi tới một người dùng hợp lệ lại nhận <code>550 5.1.1</code>, hãy kiểm tra xem địa chỉ đó có trong các bảng người nhận của bạn không (trong Postfix là <code>local_recipient_maps</code> hoặc <code>virtual_mailbox_maps</code>).

# RFC 5321 reply text. forward-path: the new address that the server gives
# in the reply, rendered as “địa chỉ mới”. No “(forward-path)” in the name:
# comparison frames quote a name in parentheses.
code-551-name = Người dùng không thuộc máy chủ này; hãy thử địa chỉ mới
code-551-description = Người nhận không thuộc máy chủ này và máy chủ sẽ không chuyển tiếp thư, nhưng phản hồi có nêu một địa chỉ để liên lạc với người nhận (RFC 5321, mục 3.4 và 4.2.3). Đây là một lỗi vĩnh viễn đối với người nhận này: máy khách không được thử lại cùng địa chỉ đó trên máy chủ này. Máy chủ không được giả định rằng máy khách sẽ cập nhật địa chỉ, hay thậm chí sẽ báo cho người dùng (RFC 5321, mục 3.4), nên việc có gửi thư tới địa chỉ mới hay không là do người gửi quyết định.
code-551-when = Phản hồi này hiếm gặp vì nó để lộ địa chỉ mới của người dùng, và RFC 5321 (mục 3.4) cho phép máy chủ trả lời bằng 550 không kèm địa chỉ mới thay cho 551. Tính năng chuyển hướng (<code>redirect</code>) của Sendmail gửi <samp>551 5.1.1 User has moved; please try</samp> (người dùng đã chuyển đi; hãy thử) kèm theo địa chỉ mới khi một bí danh (alias) ánh xạ địa chỉ cũ sang địa chỉ mới có gắn thêm đuôi “<code>.REDIRECT</code>”. Máy chủ cũng có thể trả lời lệnh <code>VRFY</code> bằng 551 cho một địa chỉ như vậy (RFC 5321, mục 3.5.3). Từ phiên bản 3.4, Postfix dùng 551 với một nghĩa không liên quan, cho các lệnh <code>BDAT</code> đến sau một lỗi <code>BDAT</code> trước đó, chẳng hạn một phản hồi gồm <samp>551 5.0.0 Discarded</samp>, số byte và <samp>bytes after earlier error</samp>, nghĩa là máy chủ đã bỏ đi số byte đó vì lỗi trước đó.
code-551-fix-sender =
    Hãy đọc địa chỉ mới trong nội dung phản hồi và, nếu có thể, xác nhận lại địa chỉ đó với người nhận qua một kênh khác.
    Hãy gửi thư tới địa chỉ mới, và cập nhật sổ địa chỉ hoặc danh sách thư (mailing list) của bạn.
code-551-fix-admin =
    Nếu bạn không muốn để lộ địa chỉ mới của người dùng, hãy trả lời bằng 550 kèm một nội dung phản hồi rõ ràng thay cho 551, hoặc âm thầm chuyển tiếp thư của họ, như RFC 5321 (mục 3.4) cho phép.
code-551-restriction = RFC 5321 (mục 3.4) quy định rằng máy chủ hỗ trợ 551 NÊN (SHOULD) cho phép quản trị viên của từng hệ thống tắt hoặc giới hạn việc dùng mã này, vì phản hồi này có thể để lộ địa chỉ mới của người dùng. Với <code>SMTPUTF8</code> (RFC 6531, mục 3.7.4.1), máy chủ KHÔNG ĐƯỢC (MUST NOT) trả về phản hồi 551 chứa tên hộp thư có ký tự ngoài ASCII khi lệnh <code>MAIL</code> không mang tham số <code>SMTPUTF8</code>; thay vào đó, máy chủ phải gửi phản hồi 550 không kèm địa chỉ như vậy.

code-552-name = Vượt quá dung lượng lưu trữ được cấp
code-552-description = Máy chủ đã hủy thao tác vì thư hoặc hộp thư vượt quá một giới hạn dung lượng lưu trữ (RFC 5321, mục 4.2.3). Đây là một lỗi vĩnh viễn, nhưng không phải lúc nào cũng là kết luận cuối cùng: RFC 5321 (mục 4.5.3.1.10) yêu cầu máy khách coi một phản hồi 552 báo quá nhiều người nhận là lỗi tạm thời, còn RFC 3463 gọi tình trạng hộp thư đầy (<code>X.2.2</code>) là “a persistent transient failure” (lỗi tạm thời kéo dài), tình trạng sẽ chấm dứt khi người nhận giải phóng dung lượng. Với phần mở rộng <code>SIZE</code> (RFC 1870), 552 có nghĩa là thư lớn hơn kích thước tối đa cố định của máy chủ, theo kích thước được khai báo trong <code>MAIL FROM</code> hoặc theo kích thước đo được trong khi truyền.
code-552-when = Postfix trả lời <samp>552 5.3.4 Message size exceeds fixed limit</samp> khi <code>MAIL FROM</code> khai báo một kích thước lớn hơn <code>message_size_limit</code> (mặc định là 10240000 byte), và trả lời <samp>552 5.3.4 Error: message file too big</samp> khi trong quá trình truyền mới thấy thư lớn hơn giới hạn. Exim trả lời một khai báo kích thước quá lớn bằng <samp>552 Message size exceeds maximum permitted</samp>, và trả lời <samp>552 too many recipients</samp> cho những người nhận vượt quá <code>recipients_max</code> khi có đặt <code>recipients_max_reject</code>. Gmail từ chối các thư quá lớn bằng <samp>552 5.3.4 Your message exceeded Google’s message size limits</samp>.
code-552-fix-sender =
    Hãy làm thư nhỏ lại, chẳng hạn bằng cách nén tệp đính kèm hoặc chia sẻ tệp lớn qua một đường liên kết, và nhớ rằng tệp đính kèm tăng kích thước thêm khoảng một phần ba khi được chuyển sang dạng văn bản để gửi qua thư điện tử.
    Nếu hộp thư của người nhận đã đầy, hãy báo cho họ qua một kênh khác; sau khi họ giải phóng dung lượng, lần gửi mới có thể thành công.
code-552-fix-admin =
    Nếu các thư hợp lệ vượt quá giới hạn kích thước của bạn, hãy tăng giới hạn đó (<code>message_size_limit</code> trong Postfix và trong Exim), và giữ cho nó nhất quán với hạn mức dung lượng (quota) của các hộp thư và với kích thước mà máy chủ quảng bá trong phản hồi cho <code>EHLO</code>.
    Nếu máy chủ của bạn từ chối những người nhận vượt quá giới hạn bằng 552, hãy đổi thành 452, phản hồi mà RFC 5321 (mục 4.5.3.1.10) coi là đúng (trong Exim, đừng đặt <code>recipients_max_reject</code>).
code-552-restriction = RFC 821 liệt kê 552 cho trường hợp “too many recipients” (quá nhiều người nhận), nhưng RFC 5321 (mục 4.5.3.1.10) nói rằng phản hồi đúng trong trường hợp đó là 452. Máy khách NÊN (SHOULD) coi phản hồi 552 báo quá nhiều người nhận là một lỗi tạm thời và gửi thư cho những người nhận còn lại trong một giao dịch sau.

code-553-name = Tên hộp thư không được phép
code-553-description = Máy chủ đã từ chối lệnh vì tên hộp thư không được phép, thường là vì địa chỉ sai cú pháp hoặc vì chính sách cấm địa chỉ đó (RFC 5321, mục 4.2.3). Đây là một lỗi vĩnh viễn đối với địa chỉ này. Với <code>SMTPUTF8</code> (RFC 6531, mục 3.5), máy chủ có hỗ trợ <code>SMTPUTF8</code> trả lời 553 kèm <code>X.6.7</code> khi từ chối một địa chỉ người nhận có ký tự ngoài ASCII, thường là vì giao dịch không yêu cầu <code>SMTPUTF8</code>; RFC 6531 (mục 4.2) còn đăng ký <code>X.6.8</code> cho 553, dùng cho một phản hồi cần đến tên hộp thư UTF-8 mà máy khách không cho phép.
code-553-when = Máy chủ gửi 553 cho các địa chỉ sai định dạng, chẳng hạn một địa chỉ không có tên miền hoặc chứa những ký tự mà SMTP không cho phép. Postfix trả lời bằng một phản hồi gồm <samp>553 5.7.1</samp>, địa chỉ và <samp>Sender address rejected: not owned by user</samp> (địa chỉ người gửi bị từ chối: không thuộc về người dùng này) khi <code>reject_sender_login_mismatch</code> phát hiện một người dùng đã xác thực gửi thư với địa chỉ <code>MAIL FROM</code> thuộc về một tài khoản khác, còn qmail từ chối trung chuyển (relay) thư bằng <samp>553 sorry, that domain isn’t in my list of allowed rcpthosts (#5.7.1)</samp> (tên miền đó không có trong danh sách tên miền được phép nhận thư). Postfix 3.0 trở lên, khi đặt <code>strict_smtputf8 = yes</code>, trả lời một địa chỉ có ký tự ngoài ASCII trong một giao dịch không có <code>SMTPUTF8</code> bằng <samp>553 5.6.7 Must declare SMTPUTF8 to send unicode address</samp>.
code-553-fix-sender =
    Hãy kiểm tra xem địa chỉ có bị gõ sai không, chẳng hạn có dấu cách, thiếu tên miền hoặc có hai dấu “<code>@</code>”.
    Nếu máy chủ báo rằng địa chỉ người gửi không phải của bạn, hãy gửi từ địa chỉ thuộc tài khoản của bạn, hoặc xin quản trị viên cho phép gửi thư dưới danh nghĩa địa chỉ kia.
    Với <code>5.6.7</code>, hãy dùng địa chỉ ASCII của người nhận nếu họ có, hoặc gửi qua một nhà cung cấp hỗ trợ <code>SMTPUTF8</code>.
code-553-fix-admin =
    Để cho phép một người dùng gửi thư dưới danh nghĩa một địa chỉ khác trong Postfix, hãy ánh xạ địa chỉ đó tới tài khoản đăng nhập của người dùng trong <code>smtpd_sender_login_maps</code>.
    Với phản hồi <code>rcpthosts</code> của qmail, hãy thêm tên miền vào <code>control/rcpthosts</code> nếu máy chủ của bạn cần nhận thư cho tên miền đó, hoặc yêu cầu máy khách xác thực trước khi trung chuyển (relay) thư.
code-553-fix-developer =
    Hãy kiểm tra tính hợp lệ của địa chỉ trước khi gửi, và gửi chúng trong dấu ngoặc nhọn, không kèm tên hiển thị hay chú thích, trong <code>MAIL FROM</code> và <code>RCPT TO</code>.
    Khi một địa chỉ trong giao dịch có ký tự ngoài ASCII, hãy thêm tham số <code>SMTPUTF8</code> vào <code>MAIL FROM</code>, nhưng chỉ khi máy chủ liệt kê <code>SMTPUTF8</code> trong phản hồi cho <code>EHLO</code> (RFC 6531, mục 3.4).

code-554-name = Giao dịch thất bại
code-554-description = Máy chủ đã từ chối giao dịch, hoặc toàn bộ phiên, và bản thân mã ba chữ số không cho biết lý do cụ thể hơn (RFC 5321, mục 4.2.3). Đây là một lỗi vĩnh viễn: máy khách không được gửi lại y nguyên thư đó. Theo RFC 5321 (mục 3.1), khi được gửi thay cho lời chào 220, mã này có nghĩa là <samp>No SMTP service here</samp> (ở đây không có dịch vụ SMTP): máy khách nên gửi <code>QUIT</code>, còn máy chủ chờ lệnh đó và trả lời mọi lệnh khác bằng 503; RFC 7504 hiện khuyến nghị dùng 521 cho máy (host) không bao giờ nhận thư. Sau <code>STARTTLS</code>, máy chủ nào thấy phiên TLS quá yếu sẽ trả lời mọi lệnh trừ <code>QUIT</code> bằng 554 (RFC 3207, mục 4.1).
code-554-when = Trường hợp phổ biến nhất là phản hồi cho lệnh <code>DATA</code> hoặc cho phần kết thúc dữ liệu thư: Postfix trả lời lệnh <code>DATA</code> bằng <samp>554 5.5.1 Error: no valid recipients</samp> (không có người nhận hợp lệ) khi đã từ chối mọi người nhận, còn các bộ lọc nội dung từ chối thư bằng 554 sau phần dữ liệu thư, chẳng hạn vì coi đó là thư rác. Mã từ chối mặc định của Postfix cũng là 554, dùng để trả lời <code>RCPT TO</code>, cả với những lần cố trung chuyển (relay) thư bị <code>reject_unauth_destination</code> từ chối (phản hồi gồm <samp>554 5.7.1</samp>, địa chỉ và <samp>Relay access denied</samp>, tức là không được phép trung chuyển thư) lẫn với các máy khách nằm trong một danh sách chặn dựa trên DNS (phản hồi gồm <samp>554 5.7.1 Service unavailable; Client host</samp>, địa chỉ, <samp>blocked using</samp> và tên danh sách, tức là máy khách bị từ chối vì nằm trong danh sách đó). Exim chào các máy (host) khớp với <code>host_reject_connection</code> bằng <samp>554 SMTP service not available</samp> (dịch vụ SMTP không khả dụng), còn Postfix trả lời lệnh <code>STARTTLS</code> thứ hai bằng <samp>554 5.5.1 Error: TLS already active</samp> (TLS đã được bật rồi).
code-554-fix-sender =
    Hãy đọc nội dung phản hồi và mã trạng thái mở rộng trong thư báo không chuyển phát được, vì 554 có thể do những nguyên nhân rất khác nhau.
    Với <samp>Relay access denied</samp> (không được phép trung chuyển thư), hãy bảo đảm ứng dụng thư của bạn xác thực với máy chủ thư đi của chính nhà cung cấp của bạn (cổng 587, dùng SMTP AUTH).
    Nếu thư bị từ chối vì nội dung, hãy bỏ phần khiến bộ lọc chặn thư, chẳng hạn một liên kết hoặc một loại tệp đính kèm, hoặc nhờ người nhận đề nghị đưa địa chỉ của bạn vào danh sách cho phép.
code-554-fix-admin =
    Nếu thư bị từ chối vì một danh sách chặn dựa trên DNS, hãy tra địa chỉ IP của bạn trên danh sách được nêu trong nội dung phản hồi, khắc phục nguyên nhân, chẳng hạn một máy bị nhiễm mã độc hoặc một máy chủ trung chuyển mở (open relay), rồi yêu cầu gỡ địa chỉ khỏi danh sách.
    Nếu chính người dùng của bạn nhận được <samp>Relay access denied</samp> (không được phép trung chuyển thư), hãy yêu cầu họ xác thực (<code>permit_sasl_authenticated</code> trong <code>smtpd_relay_restrictions</code>) hoặc thêm mạng của họ vào <code>mynetworks</code>.
    Nếu máy chủ của bạn chào bằng 554, hãy giữ kết nối mở cho đến khi nhận được <code>QUIT</code> và trả lời các lệnh khác bằng 503 (RFC 5321, mục 3.1); với máy (host) không bao giờ nhận thư, thay vào đó hãy chào bằng 521 (RFC 7504, mục 3).
    Nếu máy chủ của bạn trả lời 554 sau <code>STARTTLS</code> vì phiên TLS quá yếu, hãy kiểm tra phiên bản TLS và bộ mã hóa (cipher) của máy khách trong nhật ký thư trước khi thay đổi chính sách.

code-555-name = Tham số <code>MAIL FROM/RCPT TO</code> không được nhận ra hoặc chưa được triển khai
code-555-description = Máy chủ không nhận ra, hoặc không thể thực hiện, một hay nhiều tham số của <code>MAIL FROM</code> hoặc <code>RCPT TO</code> (RFC 5321, mục 4.1.1.11). Đây là một lỗi vĩnh viễn đối với lệnh này: máy khách không được gửi lại cùng các tham số đó tới máy chủ này. Máy khách chỉ nên dùng tham số của những phần mở rộng mà máy chủ liệt kê trong phản hồi cho <code>EHLO</code>; dạng tạm thời của vấn đề này là 455.
code-555-when = Máy chủ gửi 555 khi một máy khách thêm một tham số như <code>SIZE</code>, <code>BODY</code>, <code>SMTPUTF8</code> hoặc tham số <code>NOTIFY</code> của thông báo trạng thái chuyển phát (DSN) mà không kiểm tra phản hồi cho <code>EHLO</code>, chẳng hạn sau khi máy khách đã lùi về dùng <code>HELO</code>, lệnh không trả về danh sách phần mở rộng nào. Postfix trả lời <samp>555 5.5.4 Unsupported option:</samp> (tùy chọn không được hỗ trợ) kèm theo tham số đó.
code-555-fix-developer =
    Hãy đọc phản hồi cho <code>EHLO</code>, và chỉ thêm một tham số vào <code>MAIL FROM</code> hoặc <code>RCPT TO</code> khi máy chủ liệt kê phần mở rộng tương ứng.
    Nếu máy khách đã lùi về dùng <code>HELO</code>, đừng gửi tham số nào cả, hoặc hãy sửa nguyên nhân khiến <code>EHLO</code> thất bại.
    Nếu máy chủ không hỗ trợ một tính năng như thông báo trạng thái chuyển phát (DSN), hãy gửi thư mà không dùng tính năng đó thay vì thử lại với cùng các tham số.

code-556-name = Tên miền không nhận thư
code-556-description = Tên miền của địa chỉ hoàn toàn không nhận thư (RFC 7504, mục 4). Đây là một lỗi vĩnh viễn: không lần thử lại nào có thể thành công, và thư sẽ bị trả về cho người gửi. Lý do thường gặp là một bản ghi null MX (RFC 7505, mục 3), tức là một bản ghi <code>MX</code> duy nhất có tên máy đích để trống (“<code>.</code>”) mà một tên miền công bố để tuyên bố rằng nó không nhận thư; với tên miền người nhận có bản ghi null MX, RFC 7505 (mục 4.1) khuyến nghị dùng 556 kèm mã trạng thái mở rộng <code>5.1.10</code>.
code-556-when = Máy chủ của dịch vụ gửi thư (submission) hoặc máy chủ trung chuyển (relay) gửi 556 để trả lời <code>RCPT TO</code> khi phát hiện tên miền người nhận có công bố bản ghi null MX, nhờ vậy nó không bao giờ thử kết nối tới tên miền đó. Postfix 3.0 trở lên làm việc này với <code>reject_unknown_recipient_domain</code>, chẳng hạn bằng một phản hồi gồm <samp>556 5.1.10</samp>, địa chỉ và <samp>Recipient address rejected: Domain example.com does not accept mail (nullMX)</samp> (địa chỉ người nhận bị từ chối: tên miền này không nhận thư). Với tên miền người gửi có bản ghi null MX, RFC 7505 (mục 4.1) lại khuyến nghị dùng 550 kèm mã trạng thái mở rộng <code>5.7.27</code>.
code-556-fix-sender =
    Hãy kiểm tra địa chỉ người nhận, nhất là tên miền: tên miền này đã tuyên bố rằng nó không nhận thư điện tử, nên hoặc địa chỉ bị sai, hoặc người nhận dùng một tên miền khác để nhận thư.
code-556-fix-admin =
    Nếu bạn sở hữu tên miền và muốn nhận thư, hãy gỡ bản ghi null MX và công bố các bản ghi <code>MX</code> trỏ tới những máy chủ thư đang hoạt động, vì một tên miền có bản ghi null MX không được có bản ghi <code>MX</code> nào khác (RFC 7505, mục 3).
    Hãy dùng một truy vấn DNS, chẳng hạn “<code>dig MX example.com</code>”, để kiểm tra xem đã thấy được các bản ghi mới chưa.
