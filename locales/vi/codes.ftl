### Vietnamese text for the SMTP reply codes in smtpkb: the prose of each code
### (name, description, when you see it, what to do for each audience, and
### the usage note where an RFC restricts a code). Only some codes are
### translated so far; the others fall back to English. The terms follow
### GLOSSARY.md (one Vietnamese term per concept).
###
### Each line of a fix message is one step and is shown as one list item:
### keep the number of lines of the English message.
###
### Literal server replies in quotes (such as “554 5.7.1 Relay access
### denied”) are kept exactly as servers send them, so that readers can
### recognise and search for them; where the sentence does not already say
### what a reply means, a Vietnamese gloss follows it.

## 3yz: positive intermediate

code-334-name = Thử thách xác thực
code-334-description = Máy chủ đang ở giữa một quá trình trao đổi SMTP AUTH (RFC 4954, mục 4) và đang chờ câu trả lời tiếp theo của máy khách. Đây là một phản hồi trung gian: nội dung phản hồi sau mã chỉ là chuỗi thử thách ở dạng base64, không có gì khác, còn một thử thách không chứa dữ liệu thì được gửi là <samp>334 </samp>, sau dấu cách không có ký tự nào. Máy khách trả lời bằng một dòng dữ liệu ở dạng base64, hoặc bằng một dấu sao duy nhất (<samp>*</samp>) để hủy quá trình trao đổi, và khi nhận dấu sao, máy chủ từ chối quá trình trao đổi bằng 501.
code-334-when = Máy chủ gửi 334 sau một lệnh <code>AUTH</code> cần thêm dữ liệu, một lần cho mỗi bước của cơ chế xác thực. Với cơ chế <code>LOGIN</code>, trong <samp>334 VXNlcm5hbWU6</samp>, phần nội dung sau mã là dạng base64 của <samp>Username:</samp> (tên đăng nhập), còn trong <samp>334 UGFzc3dvcmQ6</samp> là dạng base64 của <samp>Password:</samp> (mật khẩu). Với <code>PLAIN</code> khi không có câu trả lời ban đầu, thử thách để trống; còn với <code>CRAM-MD5</code>, thử thách chứa một chuỗi không bao giờ được dùng lại (nonce), và máy khách kết hợp chuỗi này với mật khẩu để tính giá trị băm HMAC-MD5. Với <code>XOAUTH2</code>, khi từ chối token trong câu trả lời ban đầu, Gmail còn dùng 334 để trả về một đối tượng JSON mô tả lỗi ở dạng base64, gồm các trường <code>status</code>, <code>schemes</code> và <code>scope</code>.
code-334-fix-developer =
    Hãy chuyển thử thách từ dạng base64 về dữ liệu gốc, tính câu trả lời mà cơ chế xác thực yêu cầu, rồi gửi câu trả lời đó ở dạng base64 trên một dòng duy nhất.
    Hãy chuyển tên đăng nhập và mật khẩu sang dạng base64 mà không kèm ký tự xuống dòng ở cuối, vì ký tự xuống dòng lọt vào dữ liệu base64 là nguyên nhân thường gặp khiến quá trình trao đổi <code>LOGIN</code> và <code>PLAIN</code> thất bại.
    Nếu máy khách không chuyển được một thử thách từ dạng base64 về dữ liệu gốc, hãy hủy quá trình trao đổi bằng một dòng chỉ chứa dấu sao (<samp>*</samp>) như RFC 4954 (mục 4) yêu cầu, và chờ máy chủ trả lời bằng 501.
    Với <code>XOAUTH2</code>, nếu thử thách sau khi chuyển từ dạng base64 là một đối tượng JSON mô tả lỗi, hãy trả lời bằng một dòng trống để kết thúc quá trình trao đổi, rồi làm mới token OAuth hoặc sửa phạm vi (scope) của token trước khi thử lại.

## 4yz: transient negative completion

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

code-450-name = Hộp thư tạm thời không khả dụng
code-450-description = Máy chủ chưa thực hiện thao tác được yêu cầu đối với hộp thư, nhưng tình trạng này chỉ là tạm thời. RFC 5321 (mục 4.2.3) mô tả mã này là “mailbox unavailable (e.g., mailbox busy or temporarily blocked for policy reasons)”, tức là hộp thư không khả dụng, chẳng hạn vì đang bận hoặc tạm thời bị chặn theo chính sách. Đây là một lỗi tạm thời: máy khách giữ thư lại và thử gửi lại sau. Trong giao thức trung chuyển thư theo yêu cầu (On-Demand Mail Relay, ODMR; RFC 2645, mục 5.2.1), 450 là phản hồi cho lệnh <code>ATRN</code> và có nghĩa là <samp>ATRN request refused</samp> (yêu cầu <code>ATRN</code> bị từ chối): khách hàng không có quyền nhận thư cho ít nhất một trong các tên miền mà mình đã nêu, hoặc đã gửi lại ATRN quá sớm.
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

## 5yz: permanent negative completion

# forward-path: RFC 5321's name for the new address that the server gives in
# the reply, rendered as “địa chỉ mới”. No “(forward-path)” in the name:
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

code-554-name = Giao dịch thất bại
code-554-description = Máy chủ đã từ chối giao dịch, hoặc toàn bộ phiên, và bản thân mã ba chữ số không cho biết lý do cụ thể hơn (RFC 5321, mục 4.2.3). Đây là một lỗi vĩnh viễn: máy khách không được gửi lại y nguyên thư đó. Theo RFC 5321 (mục 3.1), khi được gửi thay cho lời chào 220, mã này có nghĩa là <samp>No SMTP service here</samp> (ở đây không có dịch vụ SMTP): máy khách nên gửi <code>QUIT</code>, còn máy chủ chờ lệnh đó và trả lời mọi lệnh khác bằng 503; RFC 7504 hiện khuyến nghị dùng 521 cho máy chủ không bao giờ nhận thư. Sau <code>STARTTLS</code>, máy chủ nào thấy phiên TLS quá yếu sẽ trả lời mọi lệnh trừ <code>QUIT</code> bằng 554 (RFC 3207, mục 4.1).
code-554-when = Trường hợp phổ biến nhất là phản hồi cho lệnh <code>DATA</code> hoặc cho phần kết thúc dữ liệu thư: Postfix trả lời lệnh <code>DATA</code> bằng <samp>554 5.5.1 Error: no valid recipients</samp> (không có người nhận hợp lệ) khi đã từ chối mọi người nhận, còn các bộ lọc nội dung từ chối thư bằng 554 sau phần dữ liệu thư, chẳng hạn vì coi đó là thư rác. Mã từ chối mặc định của Postfix cũng là 554, dùng để trả lời <code>RCPT TO</code>, cả với những lần cố trung chuyển (relay) thư bị <code>reject_unauth_destination</code> từ chối (phản hồi gồm <samp>554 5.7.1</samp>, địa chỉ và <samp>Relay access denied</samp>, tức là không được phép trung chuyển thư) lẫn với các máy khách nằm trong một danh sách chặn dựa trên DNS (phản hồi gồm <samp>554 5.7.1 Service unavailable; Client host</samp>, địa chỉ, <samp>blocked using</samp> và tên danh sách, tức là máy khách bị từ chối vì nằm trong danh sách đó). Exim chào các máy khách khớp với <code>host_reject_connection</code> bằng <samp>554 SMTP service not available</samp> (dịch vụ SMTP không khả dụng), còn Postfix trả lời lệnh <code>STARTTLS</code> thứ hai bằng <samp>554 5.5.1 Error: TLS already active</samp> (TLS đã được bật).
code-554-fix-sender =
    Hãy đọc nội dung phản hồi và mã trạng thái mở rộng trong thư báo không chuyển phát được, vì 554 có thể do những nguyên nhân rất khác nhau.
    Với <samp>Relay access denied</samp> (không được phép trung chuyển thư), hãy bảo đảm ứng dụng thư của bạn xác thực với máy chủ thư đi của chính nhà cung cấp của bạn (cổng 587, dùng SMTP AUTH).
    Nếu thư bị từ chối vì nội dung, hãy bỏ phần khiến bộ lọc chặn thư, chẳng hạn một liên kết hoặc một loại tệp đính kèm, hoặc nhờ người nhận đề nghị đưa địa chỉ của bạn vào danh sách cho phép.
code-554-fix-admin =
    Nếu thư bị từ chối vì một danh sách chặn dựa trên DNS, hãy tra địa chỉ IP của bạn trên danh sách được nêu trong nội dung phản hồi, khắc phục nguyên nhân, chẳng hạn một máy bị nhiễm mã độc hoặc một máy chủ trung chuyển mở (open relay), rồi yêu cầu gỡ địa chỉ khỏi danh sách.
    Nếu chính người dùng của bạn nhận được <samp>Relay access denied</samp> (không được phép trung chuyển thư), hãy yêu cầu họ xác thực (<code>permit_sasl_authenticated</code> trong <code>smtpd_relay_restrictions</code>) hoặc thêm mạng của họ vào <code>mynetworks</code>.
    Nếu máy chủ của bạn chào bằng 554, hãy giữ kết nối mở cho đến khi nhận được <code>QUIT</code> và trả lời các lệnh khác bằng 503 (RFC 5321, mục 3.1); với máy chủ không bao giờ nhận thư, thay vào đó hãy chào bằng 521 (RFC 7504, mục 3).
    Nếu máy chủ của bạn trả lời 554 sau <code>STARTTLS</code> vì phiên TLS quá yếu, hãy kiểm tra phiên bản TLS và bộ mã hóa (cipher) của máy khách trong nhật ký thư trước khi thay đổi chính sách.
