### Văn bản tiếng Việt cho các mã trạng thái mở rộng SMTP (RFC 3463) trong
### smtpkb: mọi mã chi tiết trong sổ đăng ký của IANA (RFC 5248), với dữ kiện
### lấy từ data/enhanced.toml; tên các nhóm và các chủ đề nằm trong ui.ftl.
### Mỗi mã có một tên ngắn, một phần mô tả ý nghĩa và trường hợp sử dụng, và
### các bước khắc phục cho từng đối tượng liên quan: người gửi thư
### (-fix-sender) và quản trị viên máy chủ thư đã gửi mã, hoặc của tên miền
### gửi thư khi chính họ là người phải xử lý (-fix-admin). Các thuật ngữ theo
### GLOSSARY.md (mỗi khái niệm một thuật ngữ tiếng Việt).
###
### Mỗi dòng của một thông điệp khắc phục là một bước và được hiển thị thành
### một mục trong danh sách: giữ nguyên số dòng và thứ tự dòng của bản tiếng
### Anh, mỗi dòng một câu hoàn chỉnh.
###
### Tên mã là nội dung mẫu của sổ đăng ký (RFC 5248, mục 2.1), tức là ví dụ
### về nội dung mà máy chủ có thể gửi kèm mã, nên được dịch như một phản hồi
### ngắn, không phải như một lời mô tả mã.
###
### Mã trạng thái mở rộng và mã phản hồi (5.7.1, X.1.1, 550), lệnh và tham số
### (RCPT TO, AUTH, VRFY), tên giao thức, phần mở rộng, trường tiêu đề và bản
### ghi (SMTPUTF8, REQUIRETLS, MT-PRIORITY, DKIM, SPF, TLS, null MX, From) và
### tên cấu hình (message_size_limit) được giữ nguyên.
###
### Các chuỗi nguyên văn (literal) được đánh dấu như trong bản tiếng Anh, mỗi
### phần tử bao quanh đúng những byte đó: <samp>…</samp> cho văn bản đúng như
### máy chủ, máy khách gửi hoặc như nhật ký ghi (không có dấu ngoặc kép bao
### quanh; trình hiển thị tự thêm), <code>…</code> cho lệnh, phần mở rộng, tham
### số, tên và giá trị cấu hình, trường tiêu đề, loại bản ghi DNS và mã trạng
### thái mở rộng. Giữ dấu ngoặc kép nếu bản tiếng Anh có dấu ngoặc kép quanh
### một phần tử <code>. Không dịch, không sửa byte nào bên trong một phần tử;
### lời giải thích tiếng Việt đặt bên cạnh, ngoài phần tử, trong ngoặc đơn.

## X.0: trạng thái khác hoặc không xác định (RFC 3463, mục 3.1)

enhanced-x-0-0-name = Trạng thái khác không xác định
enhanced-x-0-0-description = Mã dùng chung cho mọi trường hợp, áp dụng cho bất kỳ trạng thái nào mà chỉ biết được nhóm của nó (RFC 3463, mục 3.1). Sổ đăng ký gắn mã này với mọi mã phản hồi cơ bản; khi đi với 250, dưới dạng <code>250 2.0.0</code>, mã này báo thành công trong trường hợp không còn gì cần nói thêm.
enhanced-x-0-0-fix-sender =
    Hãy đọc phần nội dung đi sau mã trong thư báo không chuyển phát được, vì bản thân <code>X.0.0</code> không nêu lý do nào.
    Nếu mã là <code>2.0.0</code>, thao tác đã thành công và bạn không cần làm gì.
    Nếu nội dung đó không giải thích được lỗi, hãy chuyển tiếp thư báo không chuyển phát được cho quản trị viên máy chủ thư hoặc nhà cung cấp dịch vụ thư của bạn.
enhanced-x-0-0-fix-admin =
    Hãy tra thư đó trong nhật ký thư tại thời điểm gửi phản hồi, vì nhật ký thường nêu nguyên nhân mà mã bỏ qua.
    Nếu máy chủ của bạn hoặc một bộ lọc của nó gửi <code>4.0.0</code> hay <code>5.0.0</code> cho một tình trạng đã biết, hãy cấu hình để nó gửi một mã chi tiết cụ thể hơn, giúp người gửi biết điều gì đã trục trặc.

## X.1: trạng thái địa chỉ (RFC 3463, mục 3.2)

enhanced-x-1-0-name = Trạng thái địa chỉ khác
enhanced-x-1-0-description = Một vấn đề ở một địa chỉ trong thư đã gây ra trạng thái này, và không có mã chi tiết cụ thể hơn nào áp dụng được (RFC 3463, mục 3.2).
enhanced-x-1-0-fix-sender =
    Hãy kiểm tra địa chỉ người gửi và địa chỉ người nhận xem có bị gõ sai không, và đọc nội dung sau mã để biết địa chỉ nào đã gây ra sự cố.
    Nếu các địa chỉ đều đúng, hãy chuyển tiếp thư báo không chuyển phát được cho quản trị viên máy chủ thư hoặc nhà cung cấp dịch vụ thư của bạn.
enhanced-x-1-0-fix-admin =
    Hãy tìm địa chỉ bị từ chối trong nhật ký thư, rồi đối chiếu địa chỉ đó với các bảng người nhận, bí danh (alias) và quy tắc viết lại địa chỉ của bạn.
    Nếu chính một quy tắc của bạn từ chối địa chỉ đó, hãy cho quy tắc ấy trả về một mã chi tiết cụ thể hơn, chẳng hạn <code>X.1.1</code> cho hộp thư không tồn tại.

enhanced-x-1-1-name = Địa chỉ hộp thư đích không hợp lệ
enhanced-x-1-1-description = Hộp thư của địa chỉ người nhận không tồn tại: với thư trên Internet, phần địa chỉ nằm bên trái dấu “<code>@</code>” không hợp lệ (RFC 3463, mục 3.2). Mã này chỉ hữu ích cho lỗi vĩnh viễn, dưới dạng <code>5.1.1</code>.
enhanced-x-1-1-fix-sender =
    Hãy kiểm tra phần địa chỉ trước dấu “<code>@</code>” xem có bị gõ sai không, và xác nhận lại địa chỉ với người nhận qua một kênh khác.
    Đừng gửi lại tới đúng địa chỉ đó khi chưa sửa gì, vì máy chủ sẽ lại từ chối.
    Nếu địa chỉ này nằm trong một danh sách thư (mailing list) do bạn quản lý, hãy xóa nó khỏi danh sách.
enhanced-x-1-1-fix-admin =
    Nếu người nhận là một người dùng hợp lệ, hãy thêm địa chỉ vào các bảng người nhận hoặc bí danh (alias) của bạn (trong Postfix là <code>local_recipient_maps</code>, <code>virtual_mailbox_maps</code> hoặc <code>virtual_alias_maps</code>).
    Nếu người dùng đã rời tổ chức và thư không nên đến tay họ nữa, hãy từ chối địa chỉ đó bằng <code>X.1.6</code> hoặc chuyển tiếp thư tới người đang xử lý thư của người dùng đó.
    Nếu máy chủ của bạn trả lời <code>4.1.1</code>, hãy tìm trong nhật ký lý do máy chủ không xác nhận được địa chỉ vào lúc đó, chẳng hạn vì một bước kiểm tra người nhận hoặc một truy vấn thư mục chưa hoàn tất.

enhanced-x-1-2-name = Địa chỉ hệ thống đích không hợp lệ
enhanced-x-1-2-description = Hệ thống đích của địa chỉ người nhận không tồn tại hoặc không thể nhận thư: với thư trên Internet, phần địa chỉ nằm bên phải dấu “<code>@</code>” không hợp lệ để nhận thư (RFC 3463, mục 3.2). Mã này chỉ hữu ích cho lỗi vĩnh viễn.
enhanced-x-1-2-fix-sender =
    Hãy kiểm tra phần địa chỉ sau dấu “<code>@</code>” xem có bị gõ sai không, chẳng hạn tên miền bị viết sai hoặc sai phần đuôi tên miền.
    Hãy xác nhận lại tên miền của người nhận với họ qua một kênh khác, vì tên miền như đã viết không thể nhận thư.
enhanced-x-1-2-fix-admin =
    Nếu bạn sở hữu tên miền của người nhận, hãy kiểm tra xem tên miền đó có bản ghi <code>MX</code>, hoặc một bản ghi địa chỉ, trỏ tới một máy chủ nhận thư cho nó không.
    Nếu máy chủ của bạn phải nhận thư cho tên miền đó, hãy thêm nó vào các tên miền mà máy chủ phục vụ (trong Postfix là <code>mydestination</code>, <code>virtual_mailbox_domains</code>, <code>virtual_alias_domains</code> hoặc <code>relay_domains</code>).
    Postfix gửi mã này khi áp dụng <code>reject_unknown_recipient_domain</code> mà tên miền không phân giải được trong DNS, vì vậy hãy kiểm tra trình phân giải DNS của bạn nếu mã này xuất hiện với cả những tên miền có thật.

enhanced-x-1-3-name = Cú pháp địa chỉ hộp thư đích không hợp lệ
enhanced-x-1-3-description = Địa chỉ người nhận sai cú pháp, ở bất kỳ phần nào của địa chỉ (RFC 3463, mục 3.2). Mã này chỉ hữu ích cho lỗi vĩnh viễn.
enhanced-x-1-3-fix-sender =
    Hãy kiểm tra địa chỉ người nhận xem có dấu cách, dấu phẩy, dấu “<code>@</code>” bị lặp hoặc bị thiếu, phần tên miền bị thiếu hay ký tự nào khác không được phép có trong địa chỉ không.
    Nếu bạn sao chép địa chỉ từ một tài liệu hoặc một trang web, hãy gõ lại địa chỉ đó, vì các ký tự ẩn có thể bị chép theo.
enhanced-x-1-3-fix-admin =
    Hãy tìm địa chỉ bị từ chối trong nhật ký thư để biết chính xác máy khách đã gửi gì.
    Nếu một chương trình trong mạng của bạn gửi địa chỉ sai định dạng, hãy sửa chương trình đó để trong <code>RCPT TO</code> nó chỉ gửi địa chỉ trần đặt trong dấu ngoặc nhọn, không kèm tên hiển thị hay chú thích.

enhanced-x-1-4-name = Địa chỉ hộp thư đích không rõ ràng
enhanced-x-1-4-description = Địa chỉ người nhận khớp với nhiều người nhận trên hệ thống đích, điều có thể xảy ra khi hệ thống ánh xạ địa chỉ sang hộp thư cục bộ bằng phương pháp suy đoán (RFC 3463, mục 3.2).
enhanced-x-1-4-fix-sender =
    Hãy dùng địa chỉ đầy đủ của người nhận, đúng như họ đã đưa cho bạn, chứ không dùng tên rút gọn hay bí danh.
    Hãy hỏi người nhận qua một kênh khác để biết chính xác địa chỉ của họ.
enhanced-x-1-4-fix-admin =
    Hãy tìm các hộp thư mà địa chỉ đó khớp, rồi làm cho phép ánh xạ trở nên duy nhất, chẳng hạn bằng cách bỏ kiểu so khớp tên gần đúng hoặc đặt cho từng người dùng những bí danh riêng biệt.

enhanced-x-1-5-name = Địa chỉ đích hợp lệ
enhanced-x-1-5-description = Địa chỉ người nhận hợp lệ (RFC 3463, mục 3.2). Mã này dùng trong các thông báo thành công, chẳng hạn <code>250 2.1.5</code> khi trả lời <code>RCPT TO</code>.
enhanced-x-1-5-fix-sender =
    Không cần làm gì: máy chủ đã chấp nhận địa chỉ người nhận.
enhanced-x-1-5-fix-admin =
    Không cần làm gì: mã này xác nhận rằng địa chỉ người nhận hợp lệ.
    Nếu một thư đã được chấp nhận theo cách này mà vẫn không đến nơi, hãy lần theo thư đó trong nhật ký bằng mã hàng đợi (queue ID) có trong phản hồi cho phần kết thúc dữ liệu thư.

enhanced-x-1-6-name = Hộp thư đích đã chuyển đi, không có địa chỉ chuyển tiếp
enhanced-x-1-6-description = Địa chỉ người nhận từng hợp lệ, nhưng thư gửi tới địa chỉ đó không còn được nhận nữa, và không có địa chỉ chuyển tiếp nào được cung cấp (RFC 3463, mục 3.2). Mã này chỉ hữu ích cho lỗi vĩnh viễn.
enhanced-x-1-6-fix-sender =
    Hãy ngừng gửi tới địa chỉ này, vì người nhận không còn nhận thư ở đó nữa.
    Hãy tìm địa chỉ mới của người nhận qua một kênh khác, rồi cập nhật sổ địa chỉ hoặc danh sách thư của bạn.
enhanced-x-1-6-fix-admin =
    Nếu bạn biết địa chỉ mới và được phép tiết lộ, hãy nêu địa chỉ đó trong nội dung phản hồi, hoặc thay vào đó chuyển tiếp thư tới địa chỉ mới (trong Postfix, <code>relocated_maps</code> từ chối thư gửi tới một địa chỉ bằng <code>5.1.6</code> kèm theo địa chỉ mới).
    Nếu sau này địa chỉ sẽ được cấp cho một người mới, hãy tiếp tục từ chối nó đủ lâu để người gửi kịp cập nhật danh sách của họ trước khi địa chỉ được cấp lại.

enhanced-x-1-7-name = Cú pháp địa chỉ hộp thư của người gửi không hợp lệ
enhanced-x-1-7-description = Địa chỉ người gửi sai cú pháp, ở bất kỳ phần nào của địa chỉ (RFC 3463, mục 3.2).
enhanced-x-1-7-fix-sender =
    Hãy kiểm tra địa chỉ thư điện tử mà ứng dụng thư dùng làm địa chỉ của bạn xem có dấu cách, thiếu tên miền hay chỗ nào khác bị gõ sai không.
    Nếu thư được gửi từ một chương trình hoặc một thiết bị, hãy sửa địa chỉ người gửi trong phần thiết lập của nó.
enhanced-x-1-7-fix-admin =
    Nếu bạn quản lý tên miền gửi thư, hãy bảo đảm các máy chủ và ứng dụng của bạn đặt vào <code>MAIL FROM</code> những địa chỉ người gửi đầy đủ, đúng định dạng và có tên miền.
    Ở phía máy chủ nhận, hãy tìm địa chỉ người gửi trong nhật ký để biết chính xác máy khách đã gửi gì.

enhanced-x-1-8-name = Địa chỉ hệ thống của người gửi không hợp lệ
enhanced-x-1-8-description = Hệ thống trong địa chỉ người gửi không tồn tại hoặc không thể nhận thư trả về: với tên miền, phần địa chỉ nằm bên phải dấu “<code>@</code>” không hợp lệ để nhận thư (RFC 3463, mục 3.2). Máy chủ có thể dùng mã này để từ chối một địa chỉ người gửi mà không thể gửi trả thông báo trạng thái chuyển phát nào về đó.
enhanced-x-1-8-fix-sender =
    Hãy kiểm tra xem tên miền trong địa chỉ người gửi của bạn có được viết đúng trong phần thiết lập của ứng dụng thư không.
    Nếu tên miền đã đúng, hãy báo cho quản trị viên máy chủ thư hoặc nhà cung cấp dịch vụ thư của bạn, vì các máy chủ khác không tìm thấy tên miền đó trong DNS.
enhanced-x-1-8-fix-admin =
    Nếu bạn quản lý tên miền gửi thư, hãy bảo đảm tên miền đó phân giải được trong DNS công khai và có bản ghi <code>MX</code>, hoặc một bản ghi địa chỉ, để thư báo không chuyển phát được có thể về tới nơi.
    Đừng gửi thư bằng một tên miền chưa được đăng ký hoặc chỉ tồn tại trong mạng nội bộ của bạn; hãy viết lại các địa chỉ người gửi như vậy thành địa chỉ thuộc một tên miền công khai (trong Postfix, bằng <code>masquerade_domains</code> hoặc <code>smtp_generic_maps</code>).
    Ở phía máy chủ nhận, Postfix gửi mã này khi áp dụng <code>reject_unknown_sender_domain</code>, mặc định dưới dạng mã tạm thời 450 (<code>unknown_address_reject_code</code>), vì vậy hãy kiểm tra trình phân giải DNS của bạn nếu mã này xuất hiện với cả những tên miền có thật.

enhanced-x-1-9-name = Thư đã được trung chuyển tới một hệ thống thư không tuân thủ
enhanced-x-1-9-description = Địa chỉ người nhận hợp lệ, nhưng thư đã được trung chuyển (relay) tới một hệ thống không hỗ trợ theo dõi thư, nên không thể cung cấp thêm thông tin nào (RFC 3886, mục 3.3.4). Mã này xuất hiện dưới dạng <code>2.1.9</code> trong trường <code>Status</code> của một báo cáo theo dõi thư, và chỉ đi kèm hành động “<code>relayed</code>”.
enhanced-x-1-9-fix-sender =
    Không cần làm gì: thư đã được trung chuyển (relay), và hệ thống mà thư được chuyển tới không thể báo cáo về việc chuyển phát thư.
enhanced-x-1-9-fix-admin =
    Không cần làm gì: việc theo dõi dừng lại ở máy chủ trung chuyển (relay) mà báo cáo nêu tên, vì vậy nếu cần biết thêm, hãy hỏi quản trị viên của hệ thống kế tiếp.

enhanced-x-1-10-name = Địa chỉ người nhận có bản ghi null MX
enhanced-x-1-10-description = Tên miền của địa chỉ người nhận công bố một bản ghi null MX, tức là tuyên bố rằng tên miền đó không nhận thư (RFC 7505, mục 4.1). Máy chủ của dịch vụ gửi thư (submission) hoặc máy chủ trung chuyển (relay) nào từ chối một người nhận vì lý do này nên trả lời <code>556 5.1.10</code>, tức là dùng mã phản hồi mà RFC 7504 (mục 4) định nghĩa cho tên miền không nhận thư.
enhanced-x-1-10-fix-sender =
    Hãy kiểm tra địa chỉ của người nhận, nhất là tên miền: tên miền này tuyên bố rằng nó không nhận thư điện tử nào, nên hoặc địa chỉ bị sai, hoặc người nhận dùng một tên miền khác để nhận thư.
    Hãy hỏi người nhận qua một kênh khác để có một địa chỉ nhận được thư.
enhanced-x-1-10-fix-admin =
    Nếu chính máy chủ của bạn đã gửi mã này thì không cần sửa gì: máy chủ đã từ chối người nhận đúng như RFC 7505 (mục 4.1) khuyến nghị.
    Nếu bạn sở hữu tên miền của người nhận và muốn nhận thư, hãy xóa bản ghi null MX và công bố các bản ghi <code>MX</code> trỏ tới những máy chủ thư đang hoạt động, vì tên miền có bản ghi null MX không được có bản ghi <code>MX</code> nào khác (RFC 7505, mục 3).
    Hãy dùng một truy vấn DNS để kiểm tra xem đã thấy được các bản ghi mới chưa, và lưu ý rằng các trình phân giải DNS vẫn giữ bản ghi cũ cho đến khi thời gian tồn tại của bản ghi đó hết hạn.

## X.2: trạng thái hộp thư (RFC 3463, mục 3.3)

enhanced-x-2-0-name = Trạng thái hộp thư khác hoặc không xác định
enhanced-x-2-0-description = Hộp thư tồn tại, nhưng một vấn đề ở hộp thư đó đã gây ra trạng thái này, và không có mã chi tiết cụ thể hơn nào áp dụng được (RFC 3463, mục 3.3).
enhanced-x-2-0-fix-sender =
    Hãy đọc nội dung sau mã để biết lý do, và thử gửi lại sau nếu nội dung đó mô tả một sự cố tạm thời.
    Nếu lỗi vẫn tiếp diễn, hãy báo cho người nhận qua một kênh khác rằng hộp thư của họ đang từ chối thư.
enhanced-x-2-0-fix-admin =
    Hãy kiểm tra tình trạng hộp thư của người nhận trong nhật ký và trên kho lưu trữ thư, chẳng hạn như hạn mức dung lượng (quota), quyền truy cập và việc tài khoản có đang hoạt động hay không.
    Hãy gửi một mã cụ thể hơn khi có thể, chẳng hạn <code>X.2.1</code> cho hộp thư bị vô hiệu hóa hoặc <code>X.2.2</code> cho hộp thư đã đầy.

enhanced-x-2-1-name = Hộp thư đã bị vô hiệu hóa, không nhận thư
enhanced-x-2-1-description = Hộp thư tồn tại nhưng không nhận thư (RFC 3463, mục 3.3). Đây là lỗi vĩnh viễn nếu hộp thư sẽ không bao giờ được kích hoạt lại, và là lỗi tạm thời kéo dài nếu hộp thư chỉ bị vô hiệu hóa trong một thời gian.
enhanced-x-2-1-fix-sender =
    Hãy báo cho người nhận qua một kênh khác rằng hộp thư của họ không nhận thư, hoặc dùng một địa chỉ khác của họ.
    Nếu mã là <code>4.2.1</code>, hãy chờ, vì máy chủ của bạn sẽ thử gửi lại và hộp thư có thể nhận thư trở lại sau đó.
enhanced-x-2-1-fix-admin =
    Nếu tài khoản cần nhận thư, hãy kích hoạt lại tài khoản, hoặc bỏ thiết lập đang chặn việc chuyển phát thư tới tài khoản đó.
    Nếu tài khoản đã bị đóng hẳn, hãy từ chối thư gửi tới tài khoản đó bằng một mã vĩnh viễn, chẳng hạn <code>5.2.1</code> hoặc <code>5.1.6</code>, để người gửi ngừng thử gửi lại.

enhanced-x-2-2-name = Hộp thư đã đầy
enhanced-x-2-2-description = Hộp thư đã đầy vì người nhận đã vượt quá hạn mức dung lượng (quota) của hộp thư hoặc dung lượng vật lý của nó, và người nhận có thể xóa bớt thư để giải phóng chỗ trống (RFC 3463, mục 3.3). RFC 3463 quy định dùng mã này như một lỗi tạm thời kéo dài, tức là <code>4.2.2</code>, dù sổ đăng ký gắn nó với 552.
enhanced-x-2-2-fix-sender =
    Hãy báo cho người nhận qua một kênh khác rằng hộp thư của họ đã đầy, để họ xóa bớt thư hoặc xin thêm dung lượng.
    Hãy gửi lại thư sau khi họ đã giải phóng chỗ trống; nếu mã là <code>4.2.2</code>, máy chủ của bạn sẽ tự thử gửi lại trong một thời gian.
enhanced-x-2-2-fix-admin =
    Hãy nâng hạn mức dung lượng (quota) của người nhận, hoặc đề nghị họ xóa hay lưu trữ (archive) các thư cũ (trong Postfix, <code>mailbox_size_limit</code> và <code>virtual_mailbox_limit</code> đặt kích thước lớn nhất của tệp hộp thư cục bộ và tệp hộp thư ảo).
    Nếu phần mềm cho phép bạn lựa chọn, hãy trả lời hộp thư đầy bằng một mã tạm thời (<code>4.2.2</code>) như RFC 3463 khuyến nghị, để thư vẫn có thể đến nơi khi người nhận đã giải phóng chỗ trống.

enhanced-x-2-3-name = Kích thước thư vượt quá giới hạn quản trị
enhanced-x-2-3-description = Thư lớn hơn giới hạn kích thước được đặt cho hộp thư, giới hạn này thấp hơn giới hạn chung của hệ thống (RFC 3463, mục 3.3). Mã này nên được dùng như một lỗi vĩnh viễn.
enhanced-x-2-3-fix-sender =
    Hãy giảm kích thước thư, chẳng hạn bằng cách nén tệp đính kèm hoặc chia sẻ các tệp lớn qua một đường liên kết.
    Lưu ý rằng tệp đính kèm sẽ lớn thêm khoảng một phần ba khi được chuyển sang dạng văn bản để gửi qua thư điện tử.
enhanced-x-2-3-fix-admin =
    Hãy kiểm tra giới hạn kích thước của hộp thư này, và nâng giới hạn nếu có thư hợp lệ vượt quá nó.
    Hãy giữ các giới hạn riêng cho từng hộp thư như vậy thấp hơn giới hạn của toàn hệ thống (<code>message_size_limit</code> trong Postfix), là giới hạn mà máy chủ quảng bá bằng <code>SIZE</code> trong phản hồi cho <code>EHLO</code>.

enhanced-x-2-4-name = Lỗi khai triển danh sách thư
enhanced-x-2-4-description = Người nhận là một danh sách thư (mailing list), và không thể khai triển danh sách đó ra các địa chỉ thành viên (RFC 3463, mục 3.3). Đây có thể là lỗi vĩnh viễn hoặc lỗi tạm thời kéo dài.
enhanced-x-2-4-fix-sender =
    Nếu mã là <code>4.2.4</code>, hãy chờ, vì máy chủ của bạn sẽ thử gửi lại thư.
    Nếu lỗi vẫn tiếp diễn, hãy báo cho người quản lý danh sách thư, và gửi các thư khẩn trực tiếp cho từng thành viên.
enhanced-x-2-4-fix-admin =
    Hãy tìm trong nhật ký thư lỗi mà bước khai triển đã gây ra, chẳng hạn danh sách thành viên không đọc được, chương trình quản lý danh sách bị lỗi hoặc một địa chỉ thành viên dẫn thư quay ngược về chính danh sách.
    Hãy sửa định nghĩa danh sách hoặc bí danh (alias) chạy chương trình quản lý danh sách, rồi kiểm tra bằng cách gửi một thư tới danh sách.

## X.3: trạng thái hệ thống thư (RFC 3463, mục 3.4)

enhanced-x-3-0-name = Trạng thái hệ thống thư khác hoặc không xác định
enhanced-x-3-0-description = Hệ thống đích tồn tại và bình thường vẫn nhận thư, nhưng một vấn đề ở hệ thống đó đã gây ra trạng thái này, và không có mã chi tiết cụ thể hơn nào áp dụng được (RFC 3463, mục 3.4).
enhanced-x-3-0-fix-sender =
    Nếu mã là <code>4.3.0</code>, hãy chờ: máy chủ của bạn sẽ thử gửi lại, và thư thường đến nơi khi hệ thống nhận đã hoạt động bình thường trở lại.
    Nếu cuối cùng bạn nhận được thư báo không chuyển phát được với mã <code>5.3.0</code>, hãy chuyển tiếp thư báo đó cho quản trị viên máy chủ thư của bạn, hoặc báo cho người nhận qua một kênh khác.
enhanced-x-3-0-fix-admin =
    Hãy tìm trong nhật ký thư, tại thời điểm gửi phản hồi, thành phần đã gặp lỗi, chẳng hạn bộ lọc nội dung, cơ sở dữ liệu, bảng tra cứu hoặc hệ thống tệp của hàng đợi.
    Hãy sửa thành phần đó; sau đó các thư bị hoãn sẽ được chuyển phát ở lần thử lại tiếp theo của các máy chủ gửi.

enhanced-x-3-1-name = Hệ thống thư đã đầy
enhanced-x-3-1-description = Dung lượng lưu trữ của hệ thống thư đã cạn, và khác với trường hợp hộp thư đầy, người nhận có thể không tự giải phóng được chỗ trống (RFC 3463, mục 3.4). Mã này chỉ hữu ích như một lỗi tạm thời kéo dài.
enhanced-x-3-1-fix-sender =
    Hãy chờ: máy chủ của bạn giữ thư lại và thử gửi lại, và thư sẽ được chuyển phát thành công khi hệ thống nhận có chỗ trống trở lại.
    Nếu suốt một ngày hoặc lâu hơn mà các thư báo chậm chuyển phát vẫn ghi mã <code>4.3.1</code>, hãy báo cho người nhận qua một kênh khác.
enhanced-x-3-1-fix-admin =
    Hãy giải phóng dung lượng trên hệ thống tệp chứa hàng đợi thư hoặc kho lưu trữ thư, và tìm xem thứ gì đang làm đầy nó, chẳng hạn hàng đợi thư bị hoãn ngày càng dài hoặc các tệp nhật ký lớn.
    Trong Postfix, máy chủ từ chối nhận thư khi dung lượng trống xuống dưới <code>queue_minfree</code> hoặc dưới 1,5 lần <code>message_size_limit</code>, vì vậy hãy giữ các giá trị đó tương xứng với kích thước ổ đĩa.

enhanced-x-3-2-name = Hệ thống không nhận thư từ mạng
enhanced-x-3-2-description = Máy (host) chứa hộp thư không nhận thư, chẳng hạn vì sắp tắt máy, quá tải hoặc đang bảo trì (RFC 3463, mục 3.4). Mã này hữu ích cho cả lỗi vĩnh viễn lẫn lỗi tạm thời kéo dài, và RFC 7504 (mục 6) đã thêm 521 vào các mã phản hồi cơ bản của mã này; đó là mã mà một máy không bao giờ nhận thư dùng để trả lời khi có kết nối tới.
enhanced-x-3-2-fix-sender =
    Nếu mã là <code>4.3.2</code>, hãy chờ: máy nhận thư có lẽ đang bận hoặc đang bảo trì, và máy chủ của bạn sẽ thử gửi lại.
    Nếu mã là <code>5.3.2</code>, hãy kiểm tra địa chỉ của người nhận, vì máy đã trả lời không nhận thư.
enhanced-x-3-2-fix-admin =
    Nếu máy đang bảo trì hoặc đang tắt, hãy rút ngắn thời gian gián đoạn, hoặc bảo đảm trong thời gian đó có một máy <code>MX</code> khác nhận thư.
    Nếu máy không bao giờ nhận thư, hãy gỡ nó khỏi các bản ghi <code>MX</code> của mọi tên miền, và chào các kết nối bằng 521 (RFC 7504, mục 3).

enhanced-x-3-3-name = Hệ thống không hỗ trợ các tính năng đã chọn
enhanced-x-3-3-description = Hệ thống đích không hỗ trợ các tính năng được yêu cầu cho thư, điều có thể xảy ra ở một cổng nối (gateway) không ánh xạ được các tính năng của một môi trường thư sang một môi trường thư khác (RFC 3463, mục 3.4).
enhanced-x-3-3-fix-sender =
    Hãy gửi lại thư mà không dùng các tính năng đặc biệt mà ứng dụng thư có thể đã thêm vào, chẳng hạn yêu cầu thông báo trạng thái chuyển phát hoặc thiết lập mức ưu tiên.
enhanced-x-3-3-fix-admin =
    Hãy tìm trong nhật ký xem hệ thống hoặc cổng nối (gateway) không hỗ trợ được tính năng nào của thư, rồi bổ sung hỗ trợ cho tính năng đó hoặc cho thư đi qua mà không có nó.
    Hãy nêu tên tính năng đó trong nội dung phản hồi, để người gửi biết cần bỏ đi tính năng nào.

enhanced-x-3-4-name = Thư quá lớn đối với hệ thống
enhanced-x-3-4-description = Thư vượt quá giới hạn kích thước của hệ thống cho một thư, giới hạn này có thể là giới hạn vật lý hoặc giới hạn quản trị (RFC 3463, mục 3.4). Mã này chỉ hữu ích như một lỗi vĩnh viễn.
enhanced-x-3-4-fix-sender =
    Hãy giảm kích thước thư, chẳng hạn bằng cách nén tệp đính kèm hoặc chia sẻ các tệp lớn qua một đường liên kết.
    Lưu ý rằng tệp đính kèm sẽ lớn thêm khoảng một phần ba khi được chuyển sang dạng văn bản để gửi qua thư điện tử.
enhanced-x-3-4-fix-admin =
    Nếu có thư hợp lệ vượt quá giới hạn kích thước của bạn, hãy nâng giới hạn đó (<code>message_size_limit</code> trong Postfix và trong Exim), và giữ cho nó nhất quán với hạn mức dung lượng (quota) của các hộp thư.
    Hãy kiểm tra xem giá trị <code>SIZE</code> trong phản hồi cho <code>EHLO</code> của máy chủ bạn có khớp với giới hạn mà bạn áp dụng không, để máy khách có thể từ chối một thư lớn trước khi gửi đi.

enhanced-x-3-5-name = Hệ thống bị cấu hình sai
enhanced-x-3-5-description = Hệ thống không được cấu hình theo cách cho phép nó nhận thư này (RFC 3463, mục 3.4).
enhanced-x-3-5-fix-sender =
    Nếu mã là <code>4.3.5</code>, hãy chờ, vì máy chủ của bạn sẽ thử gửi lại; sự cố nằm ở cấu hình của hệ thống nhận, không phải ở thư của bạn.
    Nếu cuối cùng bạn nhận được thư báo không chuyển phát được, hãy báo cho người nhận qua một kênh khác, để quản trị viên của họ biết về lỗi này.
enhanced-x-3-5-fix-admin =
    Hãy tìm trong nhật ký thư lỗi cấu hình mà máy chủ báo, chẳng hạn thiếu bảng tra cứu, sai quyền truy cập tệp, phương thức chuyển phát (transport) không xác định hoặc thiết lập bộ lọc bị hỏng, rồi sửa lỗi đó.
    Trong Postfix, hãy chạy <code>postfix check</code>, và đọc các cảnh báo mà lệnh này và nhật ký thư đưa ra, vì chúng nêu tên tham số hoặc tệp liên quan.

enhanced-x-3-6-name = Mức ưu tiên được yêu cầu đã bị thay đổi
enhanced-x-3-6-description = Máy chủ đã chấp nhận thư để trung chuyển (relay) hoặc chuyển phát nhưng không tuân theo mức ưu tiên được yêu cầu bằng phần mở rộng <code>MT-PRIORITY</code>, hoặc mức ưu tiên mặc định (RFC 6710, mục 4.1). Nội dung sau mã cho biết mức ưu tiên mới, tiếp theo là một dấu cách và lời giải thích, trong một phản hồi 250 hoặc 251.
enhanced-x-3-6-fix-sender =
    Không cần làm gì: thư đã được chấp nhận, nhưng với một mức ưu tiên khác với mức đã yêu cầu.
enhanced-x-3-6-fix-admin =
    Không cần làm gì; nội dung sau mã cho biết mức ưu tiên mà máy chủ đã áp dụng.
    Nếu bạn quản lý phía máy chủ gửi và cần đúng mức ưu tiên đã yêu cầu, hãy tìm hiểu xem máy chủ nhận chấp nhận những mức ưu tiên nào từ bạn (RFC 6710).

## X.4: trạng thái mạng và định tuyến (RFC 3463, mục 3.5)

enhanced-x-4-0-name = Trạng thái khác hoặc không xác định về mạng hay định tuyến
enhanced-x-4-0-description = Đã có trục trặc trong mạng, nhưng sự cố không rõ ràng, hoặc không có mã chi tiết cụ thể hơn nào mô tả được sự cố đó (RFC 3463, mục 3.5).
enhanced-x-4-0-fix-sender =
    Nếu mã là <code>4.4.0</code>, hãy chờ: máy chủ của bạn sẽ thử gửi lại, và các sự cố mạng thường tự hết.
    Nếu thư báo không chuyển phát được cuối cùng ghi mã <code>5.4.0</code>, hãy kiểm tra tên miền của người nhận xem có bị gõ sai không, và nếu tên miền đúng thì hãy chuyển tiếp thư báo đó cho quản trị viên máy chủ thư của bạn.
enhanced-x-4-0-fix-admin =
    Hãy đọc nội dung sau mã và nhật ký các lần thử chuyển phát để tìm ra phần nào trên đường đi của thư đã gặp lỗi, chẳng hạn DNS, kết nối hoặc một máy chủ trung chuyển (relay).
    Hãy kiểm tra việc định tuyến tới đích: các bản ghi <code>MX</code> của đích, cũng như thiết lập trung chuyển và thiết lập phương thức chuyển phát (transport) của bạn (trong Postfix là <code>relayhost</code> và <code>transport_maps</code>).

enhanced-x-4-1-name = Máy (host) không trả lời
enhanced-x-4-1-description = Lần thử kết nối ra ngoài không được trả lời, vì hệ thống ở xa đang bận hoặc không thể tiếp nhận kết nối (RFC 3463, mục 3.5). Mã này chỉ hữu ích như một lỗi tạm thời kéo dài.
enhanced-x-4-1-fix-sender =
    Hãy chờ: máy chủ của bạn giữ thư lại và thử gửi lại, và thư thường được chuyển phát thành công khi máy nhận thư trả lời trở lại.
    Nếu cuối cùng bạn nhận được thư báo không chuyển phát được sau nhiều ngày thử lại, hãy báo cho người nhận qua một kênh khác rằng không thể kết nối tới máy chủ thư của họ.
enhanced-x-4-1-fix-admin =
    Trên máy chủ gửi, hãy thử xem máy chủ có kết nối được tới các máy <code>MX</code> của đích qua cổng 25 không, vì một số mạng và nhà cung cấp chặn kết nối đi tới cổng đó.
    Nếu bạn quản lý hệ thống đích, hãy kiểm tra để bảo đảm rằng các máy <code>MX</code> của hệ thống đó đang chạy, đang lắng nghe trên cổng 25 và không bị tường lửa nào chặn kết nối.

enhanced-x-4-2-name = Kết nối kém
enhanced-x-4-2-description = Kết nối ra ngoài đã được thiết lập, nhưng giao dịch thư không hoàn tất được vì hết thời gian chờ hoặc vì kết nối kém (RFC 3463, mục 3.5). Mã này chỉ hữu ích như một lỗi tạm thời kéo dài.
enhanced-x-4-2-fix-sender =
    Hãy chờ: máy chủ của bạn sẽ thử gửi lại, và thư thường được chuyển phát thành công ở một lần thử sau, qua một kết nối mới.
enhanced-x-4-2-fix-admin =
    Hãy tìm trong nhật ký xem kết nối bị đứt ở thời điểm nào, chẳng hạn ở lời chào, ở <code>STARTTLS</code> hay ở phần kết thúc dữ liệu thư, và xem có phải đã hết thời gian chờ không.
    Hãy kiểm tra xem giữa hai máy chủ có tường lửa, proxy hoặc thiết bị quét nội dung nào làm gián đoạn hay làm chậm phiên SMTP không.
    Hãy kiểm tra xem các thời gian chờ có phù hợp với thư lớn trên đường truyền chậm không (trong Postfix là <code>smtpd_timeout</code> ở phía máy chủ nhận và <code>smtp_data_done_timeout</code> ở phía máy chủ gửi).

enhanced-x-4-3-name = Lỗi máy chủ thư mục
enhanced-x-4-3-description = Không thể chuyển thư tới chặng kế tiếp vì một máy chủ thư mục không khả dụng; không kết nối được tới máy chủ DNS là một ví dụ (RFC 3463, mục 3.5). Mã này chỉ hữu ích như một lỗi tạm thời kéo dài, và RFC 7208 (mục 8.6) khuyến nghị <code>451 4.4.3</code> cho lần kiểm tra SPF kết thúc bằng một lỗi tạm thời, trường hợp mà về sau RFC 7372 đã đăng ký mã <code>X.7.24</code>.
enhanced-x-4-3-fix-sender =
    Hãy chờ: lỗi này thường là một sự cố DNS sẽ tự hết, và máy chủ của bạn sẽ tự thử gửi lại.
    Nếu thư báo không chuyển phát được cuối cùng ghi mã này, hãy chuyển tiếp thư báo đó cho quản trị viên máy chủ thư của bạn.
enhanced-x-4-3-fix-admin =
    Hãy kiểm tra xem trình phân giải DNS của máy chủ có trả lời không, chẳng hạn bằng cách tra các bản ghi <code>MX</code> của đích ngay trên máy chủ thư.
    Nếu lỗi chỉ liên quan đến một tên miền, hãy kiểm tra các máy chủ tên miền (name server) của tên miền đó, vì máy chủ tên miền bị hỏng hoặc không truy cập được sẽ làm mọi truy vấn cho tên miền đó thất bại.
    Nếu mã này là phản hồi cho một lần kiểm tra SPF (RFC 7208, mục 8.6), hãy kiểm tra để bảo đảm rằng bản ghi SPF của tên miền gửi thư và các bản ghi mà nó tham chiếu tới đều phân giải nhanh và không có lỗi.

enhanced-x-4-4-name = Không thể định tuyến
enhanced-x-4-4-description = Hệ thống thư không xác định được chặng kế tiếp cho thư, vì máy chủ thư mục không cung cấp thông tin định tuyến cần thiết; một truy vấn DNS chỉ trả về bản ghi <code>SOA</code> cho tên miền là một ví dụ (RFC 3463, mục 3.5). Mã này hữu ích cho cả lỗi vĩnh viễn lẫn lỗi tạm thời kéo dài.
enhanced-x-4-4-fix-sender =
    Hãy kiểm tra tên miền của người nhận xem có bị gõ sai không, vì hệ thống thư không tìm được nơi để chuyển phát thư cho tên miền đó.
    Nếu tên miền đúng, hãy báo cho người nhận qua một kênh khác rằng các bản ghi phục vụ việc nhận thư của tên miền họ đang bị lỗi.
enhanced-x-4-4-fix-admin =
    Nếu bạn sở hữu tên miền của người nhận, hãy công bố các bản ghi <code>MX</code> trỏ tới những tên máy (hostname) có bản ghi địa chỉ, rồi kiểm tra chúng bằng một truy vấn DNS.
    Nếu chính máy chủ của bạn định tuyến tên miền đó, hãy kiểm tra thiết lập phương thức chuyển phát (transport) và thiết lập trung chuyển (relay) của máy chủ (trong Postfix là <code>transport_maps</code> và <code>relayhost</code>), cũng như việc chặng kế tiếp có phân giải được hay không.

enhanced-x-4-5-name = Hệ thống thư bị nghẽn
enhanced-x-4-5-description = Hệ thống thư không chuyển phát được thư vì đang bị nghẽn (RFC 3463, mục 3.5). Mã này chỉ hữu ích như một lỗi tạm thời kéo dài.
enhanced-x-4-5-fix-sender =
    Hãy chờ: máy chủ của bạn sẽ thử gửi lại, và thư sẽ đến nơi khi hệ thống nhận bớt bận.
enhanced-x-4-5-fix-admin =
    Ở phía máy chủ nhận, hãy kiểm tra tải, số kết nối và kích thước hàng đợi, rồi bổ sung năng lực xử lý hoặc điều chỉnh các giới hạn nếu tình trạng nghẽn xảy ra thường xuyên.
    Ở phía máy chủ gửi, hãy giảm số kết nối đồng thời và tốc độ chuyển phát tới đích đó (trong Postfix là <code>smtp_destination_concurrency_limit</code> và <code>smtp_destination_rate_delay</code>).

enhanced-x-4-6-name = Phát hiện vòng lặp định tuyến
enhanced-x-4-6-description = Thư đã bị chuyển qua quá nhiều chặng, do bảng định tuyến sai hoặc do một vòng lặp chuyển tiếp mà người dùng tạo ra (RFC 3463, mục 3.5). Mã này chỉ hữu ích như một lỗi tạm thời kéo dài.
enhanced-x-4-6-fix-sender =
    Hãy báo cho người nhận qua một kênh khác, vì các quy tắc chuyển tiếp hoặc thiết lập thư ở phía họ đang khiến thư chạy vòng quanh.
    Nếu bạn chuyển tiếp thư giữa các địa chỉ của chính mình, hãy kiểm tra xem có hai địa chỉ nào chuyển tiếp thư cho nhau không.
enhanced-x-4-6-fix-admin =
    Hãy đọc các trường tiêu đề <code>Received</code> của thư bị trả về để tìm các máy mà thư đã đi qua và điểm mà thư quay ngược lại.
    Hãy sửa các quy tắc chuyển tiếp, bí danh, bản ghi <code>MX</code> hoặc thiết lập trung chuyển (relay) đang gửi thư quay về, chẳng hạn một tên miền mà máy chủ của bạn trung chuyển tới một máy khác, rồi máy đó lại trung chuyển thư ngược về bạn.
    Trong Postfix, thư quay vòng về chính máy chủ thường có nghĩa là tên miền đó chưa có trong các tên miền mà chính máy chủ đảm nhận việc chuyển phát thư (<code>mydestination</code> hoặc <code>virtual_mailbox_domains</code>).

enhanced-x-4-7-name = Đã hết thời hạn chuyển phát
enhanced-x-4-7-description = Hệ thống từ chối thư vì coi thư đã quá cũ, do thư đã nằm trên máy đó quá lâu hoặc đã vượt quá thời gian tồn tại mà người gửi đặt ra (RFC 3463, mục 3.5). Khi có thể, nên trả về mã của sự cố thực sự gặp phải trong các lần thử chuyển phát thay cho mã này.
enhanced-x-4-7-fix-sender =
    Hãy kiểm tra xem địa chỉ của người nhận có đúng không, rồi gửi lại thư sau.
    Hãy báo cho người nhận qua một kênh khác, vì hệ thống thư của họ đã không nhận thư trong nhiều ngày.
enhanced-x-4-7-fix-admin =
    Trong nhật ký của máy chủ gửi, hãy tìm các lần bị hoãn trước khi hết hạn, vì chúng nêu nguyên nhân thực sự, chẳng hạn một máy không trả lời hoặc một lần từ chối tạm thời lặp đi lặp lại.
    Hãy khắc phục nguyên nhân đó; nếu thư cần nằm trong hàng đợi lâu hơn, hãy điều chỉnh thời gian lưu tối đa trong hàng đợi (trong Postfix là <code>maximal_queue_lifetime</code>).

## X.5: trạng thái giao thức chuyển phát thư (RFC 3463, mục 3.6)

enhanced-x-5-0-name = Trạng thái giao thức khác hoặc không xác định
enhanced-x-5-0-description = Đã có trục trặc với giao thức cần dùng để chuyển phát thư tới chặng kế tiếp, và không có mã chi tiết cụ thể hơn nào mô tả được sự cố (RFC 3463, mục 3.6).
enhanced-x-5-0-fix-sender =
    Hãy thử lại, và nếu lỗi lặp lại, hãy chuyển tiếp thư báo không chuyển phát được cho quản trị viên máy chủ thư hoặc nhà cung cấp dịch vụ thư của bạn.
    Nếu ứng dụng thư hiển thị lỗi này, hãy kiểm tra thiết lập máy chủ thư đi của ứng dụng: cổng 587 với <code>STARTTLS</code>, hoặc cổng 465 với SSL/TLS, theo hướng dẫn của nhà cung cấp.
enhanced-x-5-0-fix-admin =
    Hãy tìm trong nhật ký xem máy chủ đã từ chối lệnh nào và đã gửi nội dung gì kèm mã.
    Nếu có một thiết bị hoặc một chương trình giao tiếp với máy chủ, hãy kiểm tra xem nó có tuân theo SMTP không, chẳng hạn có gửi <code>EHLO</code> trước tiên và chờ từng phản hồi hay không.

enhanced-x-5-1-name = Lệnh không hợp lệ
enhanced-x-5-1-description = Một lệnh của giao dịch thư được gửi sai thứ tự hoặc không được hỗ trợ (RFC 3463, mục 3.6). Mã này chỉ hữu ích như một lỗi vĩnh viễn.
enhanced-x-5-1-fix-sender =
    Nếu ứng dụng thư hiển thị lỗi này, hãy kiểm tra thiết lập máy chủ thư đi của ứng dụng, và cập nhật ứng dụng nếu lỗi vẫn tiếp diễn.
enhanced-x-5-1-fix-admin =
    Hãy tìm lệnh đó trong nhật ký của máy chủ, và kiểm tra xem lệnh được gửi sai thứ tự hay là lệnh mà máy chủ không hỗ trợ hoặc đã tắt.
    Nếu máy khách cần một lệnh mà máy chủ của bạn không cung cấp, chẳng hạn <code>AUTH</code> trên một cổng không có xác thực, hãy cung cấp lệnh đó trên cổng ấy hoặc cho người dùng biết cần dùng cổng nào.
    Nếu bạn quản lý máy khách, hãy chỉ gửi những lệnh mà máy chủ liệt kê trong phản hồi cho <code>EHLO</code>, theo đúng thứ tự mà RFC 5321 yêu cầu.

enhanced-x-5-2-name = Lỗi cú pháp
enhanced-x-5-2-description = Không thể diễn giải một lệnh của giao dịch thư, vì cú pháp sai hoặc lệnh không được nhận ra (RFC 3463, mục 3.6). Mã này chỉ hữu ích như một lỗi vĩnh viễn.
enhanced-x-5-2-fix-sender =
    Nếu ứng dụng thư hiển thị lỗi này, hãy kiểm tra thiết lập máy chủ thư đi của ứng dụng, nhất là cổng và chế độ bảo mật kết nối, vì một thiết lập sai sẽ gửi tới máy chủ những dữ liệu mà nó không đọc được.
enhanced-x-5-2-fix-admin =
    Hãy tìm trong nhật ký của máy chủ dòng mà máy chủ không diễn giải được; dữ liệu hoàn toàn không phải SMTP thường đến từ trình duyệt web, công cụ quét hoặc một máy khách bắt đầu TLS trên một cổng chờ dữ liệu không mã hóa.
    Nếu một chương trình trong mạng của bạn gửi lệnh sai định dạng, hãy sửa chương trình đó, chẳng hạn để nó kết thúc mỗi dòng bằng CR LF và tuân theo cú pháp lệnh của RFC 5321.

enhanced-x-5-3-name = Quá nhiều người nhận
enhanced-x-5-3-description = Thư có nhiều người nhận hơn số mà giao thức có thể chuyển phát (RFC 3463, mục 3.6). Thông thường, máy khách nên gửi thư tới những người nhận còn lại trong một lần thử sau; mã này dành cho trường hợp không thể làm như vậy.
enhanced-x-5-3-fix-sender =
    Hãy gửi thư cho ít người nhận hơn mỗi lần, hoặc dùng một danh sách thư khi cần gửi cho số đông người nhận.
    Nếu mã là <code>4.5.3</code>, bạn không cần làm gì: máy chủ của bạn sẽ gửi thư tới những người nhận còn lại trong một giao dịch sau.
enhanced-x-5-3-fix-admin =
    Hãy kiểm tra giới hạn số người nhận cho mỗi thư, và nâng giới hạn nếu nó quá thấp đối với người dùng của bạn (trong Postfix là <code>smtpd_recipient_limit</code>, mặc định là 1000).
    Hãy trả lời những người nhận vượt quá giới hạn bằng <code>452 4.5.3</code> chứ không phải bằng một mã vĩnh viễn, để máy khách gửi thư tới họ trong một giao dịch sau (RFC 5321, mục 4.5.3.1.10).

enhanced-x-5-4-name = Đối số của lệnh không hợp lệ
enhanced-x-5-4-description = Một lệnh hợp lệ của giao dịch thư được gửi kèm đối số không hợp lệ, vì đối số nằm ngoài phạm vi cho phép hoặc nêu tên những tính năng không được nhận ra (RFC 3463, mục 3.6). Mã này chỉ hữu ích như một lỗi vĩnh viễn.
enhanced-x-5-4-fix-sender =
    Hãy kiểm tra các địa chỉ mà bạn đã nhập xem có dấu cách hay ký tự nào không được phép có trong địa chỉ không, rồi thử lại.
enhanced-x-5-4-fix-admin =
    Hãy tìm trong nhật ký xem máy chủ đã từ chối lệnh và đối số nào, chẳng hạn một tham số của <code>MAIL FROM</code>, một cơ chế <code>AUTH</code> hoặc tên máy (hostname) trong <code>EHLO</code>.
    Nếu bạn quản lý máy khách, hãy chỉ dùng tham số của những phần mở rộng mà máy chủ liệt kê trong phản hồi cho <code>EHLO</code>, và gửi tên máy đầy đủ (FQDN) cùng những địa chỉ đầy đủ.

enhanced-x-5-5-name = Sai phiên bản giao thức
enhanced-x-5-5-description = Hai bên dùng những phiên bản giao thức không khớp nhau, và không thể tự động giải quyết sự không khớp đó (RFC 3463, mục 3.6).
enhanced-x-5-5-fix-sender =
    Hãy cập nhật ứng dụng thư, và kiểm tra xem thiết lập máy chủ thư đi của ứng dụng có khớp với hướng dẫn của nhà cung cấp không.
enhanced-x-5-5-fix-admin =
    Hãy tìm hiểu xem mỗi bên mong đợi giao thức hoặc phiên bản nào, chẳng hạn SMTP hay LMTP, <code>EHLO</code> hay <code>HELO</code>, rồi cấu hình cả hai bên dùng một giao thức mà cả hai cùng hỗ trợ.
    Nếu một máy khách lùi về dùng <code>HELO</code>, hãy tìm hiểu vì sao <code>EHLO</code> của nó thất bại, vì sau khi lùi về, máy khách không dùng được phần mở rộng nào.

enhanced-x-5-6-name = Dòng trao đổi xác thực quá dài
enhanced-x-5-6-description = Máy chủ báo lệnh <code>AUTH</code> thất bại vì một câu trả lời ở dạng base64 của máy khách dài hơn bộ đệm dành cho cơ chế SASL đã chọn (RFC 4954, mục 6). Mã này hữu ích cho cả lỗi vĩnh viễn lẫn lỗi tạm thời kéo dài, và RFC 4954 gắn nó với 500.
enhanced-x-5-6-fix-sender =
    Hãy thử một phương thức đăng nhập khác trong ứng dụng thư, và liên hệ với nhà cung cấp nếu lỗi vẫn tiếp diễn.
enhanced-x-5-6-fix-admin =
    Nếu các câu trả lời xác thực lớn là hợp lệ, chẳng hạn vé Kerberos (<code>GSSAPI</code>) của người dùng là thành viên của nhiều nhóm hoặc các token OAuth dài, hãy nâng giới hạn của máy chủ dành cho chúng (<code>smtpd_sasl_response_limit</code> trong Postfix 3.4 trở lên).
    Nếu bạn phát triển hoặc cấu hình máy khách, hãy giữ mỗi câu trả lời xác thực trong giới hạn của máy chủ, chẳng hạn bằng một token ngắn hơn.

## X.6: trạng thái nội dung thư hoặc kiểu nội dung (RFC 3463, mục 3.7)

enhanced-x-6-0-name = Lỗi kiểu nội dung khác hoặc không xác định
enhanced-x-6-0-description = Một vấn đề ở nội dung thư đã khiến thư không chuyển phát được, và không có mã chi tiết cụ thể hơn nào mô tả được sự cố (RFC 3463, mục 3.7).
enhanced-x-6-0-fix-sender =
    Hãy kiểm tra các tệp đính kèm và định dạng của thư, rồi thử gửi thư ở dạng văn bản thuần hoặc bỏ tệp đính kèm có thể gây ra sự cố.
enhanced-x-6-0-fix-admin =
    Hãy tìm trong nhật ký hoặc trong báo cáo của bộ lọc nội dung xem phần nào của thư đã bị từ chối, chẳng hạn một loại tệp đính kèm hoặc một kiểu biểu diễn nội dung (encoding).
    Nếu bộ lọc của bạn từ chối nội dung, hãy gửi một mã và nội dung phản hồi cụ thể, chẳng hạn <code>X.6.1</code> cho kiểu nội dung mà bạn không chấp nhận.

enhanced-x-6-1-name = Kiểu nội dung không được hỗ trợ
enhanced-x-6-1-description = Giao thức chuyển phát hoặc hệ thống kế tiếp trên đường đi của thư không hỗ trợ kiểu nội dung của thư (RFC 3463, mục 3.7). Mã này chỉ hữu ích như một lỗi vĩnh viễn.
enhanced-x-6-1-fix-sender =
    Hãy gửi nội dung ở một định dạng khác, chẳng hạn bằng cách chuyển đổi tệp đính kèm sang một định dạng phổ biến như PDF, hoặc bằng cách nén tệp lại.
    Nếu thư báo không chuyển phát được nêu loại tệp đính kèm, hãy bỏ tệp đính kèm đó hoặc chia sẻ tệp qua một đường liên kết.
enhanced-x-6-1-fix-admin =
    Hãy kiểm tra những kiểu nội dung mà bộ lọc hoặc cổng nối (gateway) của bạn từ chối (trong Postfix, chẳng hạn bằng <code>mime_header_checks</code>), và cho phép kiểu đó nếu người dùng của bạn cần.
    Nếu hệ thống kế tiếp trên đường đi không nhận được kiểu nội dung đó, hãy chuyển đổi nó tại cổng nối, hoặc từ chối nó với một nội dung phản hồi nêu rõ kiểu nội dung.

enhanced-x-6-2-name = Cần chuyển đổi nhưng không được phép
enhanced-x-6-2-description = Nội dung phải được chuyển đổi trước khi có thể được chuyển phát, nhưng việc chuyển đổi không được phép, do chính người gửi quy định trong thư hoặc do chính sách của máy gửi thư (RFC 3463, mục 3.7).
enhanced-x-6-2-fix-sender =
    Hãy gửi thư ở dạng không cần chuyển đổi, chẳng hạn văn bản thuần, hoặc tắt mọi tùy chọn của ứng dụng thư cấm chuyển đổi thư.
enhanced-x-6-2-fix-admin =
    Hãy tìm trong nhật ký xem cần đến việc chuyển đổi nào, chẳng hạn nội dung 8 bit gửi tới một máy chủ không quảng bá <code>8BITMIME</code>.
    Nếu chính sách của bạn cấm việc chuyển đổi, hãy cho phép nó trong trường hợp này, hoặc định tuyến thư qua một đường đi không cần chuyển đổi (trong Postfix, <code>disable_mime_output_conversion</code> tắt việc chuyển đổi nội dung 8 bit sang 7 bit).

enhanced-x-6-3-name = Cần chuyển đổi nhưng không được hỗ trợ
enhanced-x-6-3-description = Nội dung phải được chuyển đổi trước khi có thể được chuyển tới chặng kế tiếp, nhưng một máy trên đường đi của thư thấy việc chuyển đổi là bất khả thi hoặc không thực tế (RFC 3463, mục 3.7). Một ví dụ là cổng nối (gateway) hỗ trợ truyền 8 bit nhưng không thể hạ thư xuống 7 bit cho chặng kế tiếp.
enhanced-x-6-3-fix-sender =
    Hãy gửi thư với nội dung không cần chuyển đổi, chẳng hạn ở dạng văn bản thuần, và dùng địa chỉ ASCII của người nhận nếu họ có.
enhanced-x-6-3-fix-admin =
    Hãy tìm xem máy trên đường đi không thực hiện được việc chuyển đổi nào, chẳng hạn từ 8 bit sang 7 bit, rồi bật việc chuyển đổi đó hoặc định tuyến thư qua một hệ thống hỗ trợ nó.
    Nếu bạn quản lý hệ thống nhận, hãy quảng bá <code>8BITMIME</code>, và cả <code>SMTPUTF8</code> nếu phần mềm của bạn hỗ trợ, để người gửi không cần chuyển đổi.

enhanced-x-6-4-name = Đã chuyển đổi, có mất dữ liệu
enhanced-x-6-4-description = Cảnh báo cho người gửi rằng thư đã được chuyển phát, nhưng chỉ sau một lần chuyển đổi làm mất một phần dữ liệu (RFC 3463, mục 3.7). Mã này cũng có thể là một lỗi vĩnh viễn, nếu người gửi đã cấm chuyển đổi có mất dữ liệu đối với thư đó.
enhanced-x-6-4-fix-sender =
    Nếu mã là <code>2.6.4</code>, thư đã được chuyển phát nhưng một phần nội dung đã bị mất khi chuyển đổi, vì vậy hãy hỏi người nhận xem thư đến nơi có còn đọc được không.
    Nếu mã là <code>5.6.4</code>, hãy gửi lại thư ở một định dạng không cần chuyển đổi, hoặc cho phép chuyển đổi có mất dữ liệu.
enhanced-x-6-4-fix-admin =
    Không cần làm gì với một báo cáo <code>2.6.4</code> đơn lẻ.
    Nếu mã này xuất hiện thường xuyên, hãy tìm xem việc chuyển đổi nào làm mất dữ liệu, chẳng hạn một bộ ký tự hoặc một kiểu nội dung mà cổng nối (gateway) không truyền được, rồi thay đổi đường đi của thư hoặc cổng nối đó.

enhanced-x-6-5-name = Chuyển đổi thất bại
enhanced-x-6-5-description = Cần chuyển đổi nhưng việc chuyển đổi không thành công (RFC 3463, mục 3.7). Đây có thể là thông báo vĩnh viễn hoặc thông báo tạm thời kéo dài.
enhanced-x-6-5-fix-sender =
    Hãy gửi lại thư với nội dung đơn giản hơn, chẳng hạn ở dạng văn bản thuần hoặc không kèm tệp đính kèm không chuyển đổi được.
    Nếu mã là <code>4.6.5</code>, hãy chờ, vì máy chủ của bạn sẽ thử gửi lại và việc chuyển đổi có thể thành công sau đó.
enhanced-x-6-5-fix-admin =
    Hãy tìm trong nhật ký của cổng nối (gateway) hoặc của trình chuyển đổi xem phần nào đã thất bại và vì sao, chẳng hạn cấu trúc MIME sai định dạng hoặc trình chuyển đổi bị sập.
    Hãy sửa hoặc cập nhật trình chuyển đổi, hoặc cho những thư như vậy đi qua mà không chuyển đổi nếu chặng kế tiếp nhận được chúng.

enhanced-x-6-6-name = Nội dung thư không khả dụng
enhanced-x-6-6-description = Không thể lấy nội dung thư từ một hệ thống ở xa, chẳng hạn khi máy chủ của dịch vụ gửi thư (submission) không phân giải được URL IMAP của một lệnh <code>BURL</code> (RFC 4468, mục 5). Đây có thể là thông báo vĩnh viễn hoặc thông báo tạm thời kéo dài.
enhanced-x-6-6-fix-sender =
    Hãy gửi lại thư, và liên hệ với nhà cung cấp nếu lỗi vẫn tiếp diễn, vì máy chủ không lấy được thư từ hộp thư của bạn.
enhanced-x-6-6-fix-admin =
    Hãy kiểm tra xem máy chủ của dịch vụ gửi thư (submission) có kết nối được tới máy chủ IMAP được nêu trong lệnh <code>BURL</code> và có được phép lấy thư ở đó không, chẳng hạn bằng một URL URLAUTH hợp lệ chưa hết hạn.
    Nếu máy chủ của dịch vụ gửi thư không tin cậy máy chủ IMAP đó, hãy cấu hình quan hệ tin cậy mà mã <code>X.7.14</code> nói đến.

enhanced-x-6-7-name = Không cho phép địa chỉ có ký tự ngoài ASCII đối với người gửi/người nhận đó
enhanced-x-6-7-description = Máy chủ nhận được một lệnh <code>MAIL</code> hoặc <code>RCPT</code> có địa chỉ chứa ký tự ngoài ASCII, điều mà máy chủ không cho phép đối với người gửi hoặc người nhận đó (RFC 6531, mục 3.5). Mã này đi kèm 553 khi lệnh <code>RCPT</code> đòi hỏi địa chỉ ASCII, và đi kèm 550 khi lệnh <code>MAIL</code> đòi hỏi điều đó.
enhanced-x-6-7-fix-sender =
    Hãy gửi tới địa chỉ ASCII của người nhận nếu họ có, hoặc gửi từ một địa chỉ ASCII của chính bạn.
    Nếu bạn cần dùng địa chỉ có ký tự ngoài ASCII, hãy dùng một nhà cung cấp dịch vụ thư hỗ trợ <code>SMTPUTF8</code>.
enhanced-x-6-7-fix-admin =
    Nếu máy chủ của bạn cần nhận địa chỉ có ký tự ngoài ASCII, hãy bật hỗ trợ <code>SMTPUTF8</code> và quảng bá nó trong phản hồi cho <code>EHLO</code> (trong Postfix 3.0 trở lên là <code>smtputf8_enable</code>).
    Nếu chính máy chủ của bạn đã trả thư về vì không có máy chủ nào của đích hỗ trợ <code>SMTPUTF8</code>, thư không thể được chuyển phát tới địa chỉ đó cho đến khi nhà cung cấp của người nhận bổ sung hỗ trợ.
    Nếu bạn quản lý máy khách, hãy thêm tham số <code>SMTPUTF8</code> vào <code>MAIL FROM</code> khi thư cần đến nó, nhưng chỉ khi máy chủ liệt kê <code>SMTPUTF8</code> trong phản hồi cho <code>EHLO</code> (RFC 6531, mục 3.4).

enhanced-x-6-8-name = Cần phản hồi có chuỗi UTF-8 nhưng máy khách SMTP không cho phép
enhanced-x-6-8-description = Phản hồi sẽ cần một chuỗi UTF-8 để hiển thị tên hộp thư, nhưng máy khách chưa cho phép dạng phản hồi đó (RFC 6531, mục 3.7.4.2). Điều này xảy ra khi <code>VRFY</code> hoặc <code>EXPN</code> được gửi mà không có tham số <code>SMTPUTF8</code>, và khi đó máy chủ phải trả lời bằng 252 hoặc 550; sổ đăng ký còn liệt kê cả 553.
enhanced-x-6-8-fix-sender =
    Không cần làm gì với thư của bạn: mã này trả lời một yêu cầu tra cứu địa chỉ (<code>VRFY</code> hoặc <code>EXPN</code>), không liên quan đến việc gửi thư.
enhanced-x-6-8-fix-admin =
    Không cần thay đổi gì trên máy chủ: máy chủ đã làm đúng khi không gửi tên hộp thư UTF-8 cho một máy khách chưa cho phép điều đó.
    Nếu bạn phát triển hoặc cấu hình máy khách, hãy gửi <code>VRFY</code> hoặc <code>EXPN</code> kèm tham số <code>SMTPUTF8</code> khi máy khách xử lý được phản hồi UTF-8, và chỉ khi máy chủ liệt kê <code>SMTPUTF8</code> trong phản hồi cho <code>EHLO</code> (RFC 6531, mục 3.7.4.2).

enhanced-x-6-9-name = Không thể truyền thư có trường tiêu đề UTF-8 tới một hoặc nhiều người nhận, nên thư phải bị từ chối
enhanced-x-6-9-description = Giao dịch thất bại sau dấu <samp>.</samp> kết thúc của <code>DATA</code>, vì một hoặc nhiều người nhận không thể nhận thư có trường tiêu đề quốc tế hóa, tức là trường tiêu đề UTF-8 (RFC 6531, mục 3.5). RFC 6531 gắn mã này với 554 ở mục 3.5 nhưng lại đăng ký nó với 550 ở mục 4.2.
enhanced-x-6-9-fix-sender =
    Hãy gửi lại thư chỉ với địa chỉ ASCII, hoặc gửi riêng thư tới những người nhận chưa nhận được.
    Hãy hỏi những người nhận đó xem họ có địa chỉ ASCII hoặc có nhà cung cấp hỗ trợ thư quốc tế hóa không.
enhanced-x-6-9-fix-admin =
    Nếu bạn quản lý hệ thống của những người nhận liên quan, hãy hỗ trợ <code>SMTPUTF8</code> trên toàn bộ đường đi tới hộp thư của họ, kể cả kho lưu trữ thư.
    Nếu bạn quản lý phía máy chủ gửi, hãy chỉ gửi thư có trường tiêu đề UTF-8 tới những máy chủ liệt kê <code>SMTPUTF8</code> trong phản hồi cho <code>EHLO</code>, và gửi cho những người nhận khác một thư mà họ có thể nhận.

enhanced-x-6-10-name = Mã trùng với <code>X.6.8</code>, không nên dùng nữa
enhanced-x-6-10-description = Mã này trùng với <code>X.6.8</code> và không nên dùng nữa: máy chủ nên gửi <code>X.6.8</code> thay cho nó (RFC 6531, mục 4.2). RFC 5336, một đặc tả thử nghiệm, đã đăng ký mã này với nghĩa của <code>X.6.8</code> cho mã phản hồi 252, mã mà RFC 6531 gắn với chính <code>X.6.8</code>.
enhanced-x-6-10-fix-sender =
    Hãy đọc hướng dẫn cho <code>X.6.8</code>, mã có cùng ý nghĩa.
enhanced-x-6-10-fix-admin =
    Hãy coi mã này là <code>X.6.8</code> và làm theo hướng dẫn cho mã đó.
    Nếu chính máy chủ của bạn gửi <code>X.6.10</code>, hãy cấu hình để nó gửi <code>X.6.8</code> thay thế, vì RFC 6531 (mục 4.2) đánh dấu <code>X.6.10</code> là không nên dùng nữa.

## X.7: trạng thái bảo mật hoặc chính sách (RFC 3463, mục 3.8)

enhanced-x-7-0-name = Trạng thái bảo mật khác hoặc không xác định
enhanced-x-7-0-description = Một vấn đề liên quan đến bảo mật đã khiến thư bị trả về, và không có mã chi tiết cụ thể hơn nào mô tả được sự cố; mã này cũng có thể được dùng khi chính sách bảo mật không cho phép mô tả tình trạng chi tiết hơn (RFC 3463, mục 3.8). RFC 4954 (mục 6) gắn mã này với 235 khi xác thực thành công, với 454 khi xác thực thất bại tạm thời và với 530 khi bắt buộc phải xác thực.
enhanced-x-7-0-fix-sender =
    Hãy đọc nội dung sau mã, vì <code>X.7.0</code> bao gồm những lý do bảo mật và chính sách rất khác nhau.
    Nếu ứng dụng thư báo mã này khi bạn gửi thư, hãy bật xác thực bằng tên đăng nhập và mật khẩu tài khoản của bạn, trên cổng 587 với <code>STARTTLS</code> hoặc trên cổng 465 với SSL/TLS.
    Nếu mã này nằm trong một thư báo không chuyển phát được đến từ một tên miền khác, hãy chuyển tiếp thư báo đó cho quản trị viên máy chủ thư hoặc nhà cung cấp dịch vụ thư của bạn.
enhanced-x-7-0-fix-admin =
    Hãy tìm trong nhật ký xem quy tắc hoặc bước kiểm tra nào đã tạo ra mã này, chẳng hạn yêu cầu xác thực, yêu cầu TLS, danh sách chặn hoặc dịch vụ chính sách (policy service).
    Với lỗi xác thực tạm thời (<code>454 4.7.0</code>), hãy kiểm tra xem dịch vụ xác thực, chẳng hạn Dovecot phía sau Postfix, có đang chạy và trả lời không.
    Khi có thể, hãy gửi một mã cụ thể hơn, chẳng hạn <code>X.7.1</code> cho việc từ chối theo chính sách hoặc <code>X.7.8</code> cho thông tin xác thực sai, để người gửi biết cần sửa gì.

enhanced-x-7-1-name = Không được phép chuyển phát, thư bị từ chối
enhanced-x-7-1-description = Người gửi không được phép gửi tới đích này, điều có thể là kết quả của việc lọc theo từng máy (host) hoặc theo từng người nhận (RFC 3463, mục 3.8). Mã này chỉ hữu ích như một lỗi vĩnh viễn, và được các máy chủ dùng rộng rãi khi từ chối theo chính sách cục bộ.
enhanced-x-7-1-fix-sender =
    Hãy đọc nội dung sau mã: nội dung này thường cho biết máy chủ đã từ chối địa chỉ của bạn, máy chủ của nhà cung cấp của bạn, nội dung thư hay một lần cố trung chuyển (relay) thư.
    Nếu máy chủ từ chối một lần cố trung chuyển thư, hãy bảo đảm ứng dụng thư của bạn xác thực với máy chủ thư đi của chính nhà cung cấp của bạn.
    Nếu không phải vậy, hãy chuyển tiếp thư báo không chuyển phát được cho quản trị viên máy chủ thư hoặc nhà cung cấp dịch vụ thư của bạn, hoặc nhờ người nhận đề nghị đưa địa chỉ của bạn vào danh sách cho phép.
enhanced-x-7-1-fix-admin =
    Ở phía máy chủ nhận, hãy tìm trong nhật ký xem quy tắc nào đã từ chối thư, chẳng hạn một bảng kiểm soát truy cập, một danh sách chặn dựa trên DNS hoặc <code>reject_unauth_destination</code>, và sửa quy tắc đó nếu nó đã từ chối thư hợp lệ.
    Nếu bạn quản lý phía máy chủ gửi và nội dung phản hồi nêu tên một danh sách chặn, hãy tra địa chỉ IP của bạn trên danh sách đó, khắc phục nguyên nhân rồi yêu cầu gỡ địa chỉ khỏi danh sách.
    Nếu chính người dùng của bạn nhận được <samp>Relay access denied</samp> (không được phép trung chuyển thư) từ Postfix, hãy yêu cầu họ xác thực (<code>permit_sasl_authenticated</code> trong <code>smtpd_relay_restrictions</code>), hoặc thêm mạng của họ vào <code>mynetworks</code>.

enhanced-x-7-2-name = Không được phép khai triển danh sách thư
enhanced-x-7-2-description = Người gửi không được phép gửi thư tới danh sách thư mà họ nhắm tới (RFC 3463, mục 3.8). Mã này chỉ hữu ích như một lỗi vĩnh viễn.
enhanced-x-7-2-fix-sender =
    Hãy đề nghị người quản lý danh sách thư cho phép bạn gửi bài, chẳng hạn bằng cách đăng ký vào danh sách bằng địa chỉ mà bạn dùng để gửi thư.
    Hãy kiểm tra xem bạn có gửi thư từ chính địa chỉ đã đăng ký vào danh sách không.
enhanced-x-7-2-fix-admin =
    Hãy kiểm tra chính sách gửi bài của danh sách, và thêm người gửi vào danh sách thành viên hoặc vào các địa chỉ được phép gửi bài nếu người đó cần có quyền gửi bài.

enhanced-x-7-3-name = Cần chuyển đổi bảo mật nhưng không thể thực hiện
enhanced-x-7-3-description = Việc chuyển phát đòi hỏi chuyển đổi từ một giao thức trao đổi thư bảo mật sang một giao thức khác, và việc chuyển đổi đó không thể thực hiện được (RFC 3463, mục 3.8). Mã này chỉ hữu ích như một lỗi vĩnh viễn.
enhanced-x-7-3-fix-sender =
    Hãy gửi thư mà không mã hóa hay ký, hoặc ở một định dạng bảo mật mà người nhận hỗ trợ, chẳng hạn S/MIME hoặc OpenPGP, theo thỏa thuận với người nhận.
enhanced-x-7-3-fix-admin =
    Hãy tìm xem hai bên dùng những định dạng thư bảo mật nào và việc chuyển đổi giữa chúng thất bại ở đâu, rồi cấu hình cổng nối (gateway) để hỗ trợ cả hai định dạng hoặc cho thư đi qua nguyên vẹn.

enhanced-x-7-4-name = Các tính năng bảo mật không được hỗ trợ
enhanced-x-7-4-description = Thư có chứa các tính năng bảo mật, chẳng hạn xác thực an toàn, mà giao thức chuyển phát không hỗ trợ được (RFC 3463, mục 3.8). Mã này chỉ hữu ích như một lỗi vĩnh viễn.
enhanced-x-7-4-fix-sender =
    Hãy gửi thư mà không dùng tính năng bảo mật mà ứng dụng thư đã thêm vào, hoặc bảo vệ thư theo một cách khác mà người nhận hỗ trợ.
enhanced-x-7-4-fix-admin =
    Hãy tìm xem giao thức chuyển phát không hỗ trợ được tính năng bảo mật nào, rồi hỗ trợ tính năng đó trên đường đi của thư hoặc cho người gửi biết cần bỏ những tính năng nào.
    Nếu bạn quản lý máy khách, hãy chỉ dùng những tính năng bảo mật và cơ chế <code>AUTH</code> mà máy chủ liệt kê trong phản hồi cho <code>EHLO</code>.

enhanced-x-7-5-name = Lỗi mật mã
enhanced-x-7-5-description = Một hệ thống truyền tải được phép xác minh hoặc giải mã thư trên đường đi đã không làm được việc đó, vì thiếu hoặc sai thông tin cần thiết, chẳng hạn một khóa (RFC 3463, mục 3.8).
enhanced-x-7-5-fix-sender =
    Hãy kiểm tra xem bạn có mã hóa thư bằng chứng chỉ hoặc khóa hiện hành của người nhận không, rồi gửi lại thư.
    Hãy đề nghị người nhận cung cấp chứng chỉ hoặc khóa công khai hiện hành nếu chứng chỉ hoặc khóa của họ đã hết hạn hay đã thay đổi.
enhanced-x-7-5-fix-admin =
    Hãy kiểm tra để bảo đảm rằng hệ thống xác minh hoặc giải mã thư có đủ các khóa và chứng chỉ cần thiết, các khóa và chứng chỉ đó hợp lệ và chưa hết hạn, và hệ thống truy cập được mọi thư mục khóa mà nó sử dụng.

enhanced-x-7-6-name = Thuật toán mật mã không được hỗ trợ
enhanced-x-7-6-description = Một hệ thống truyền tải được phép xác minh hoặc giải mã thư đã không làm được việc đó, vì nó không hỗ trợ thuật toán cần dùng (RFC 3463, mục 3.8).
enhanced-x-7-6-fix-sender =
    Hãy gửi thư bằng một thuật toán mã hóa hoặc thuật toán chữ ký khác mà người nhận hỗ trợ, nếu thiết lập bảo mật của ứng dụng thư cho phép bạn chọn.
enhanced-x-7-6-fix-admin =
    Hãy tìm xem thư đã dùng thuật toán nào, rồi bổ sung hỗ trợ thuật toán đó cho hệ thống xác minh hoặc giải mã thư, hoặc cho người gửi biết hệ thống chấp nhận những thuật toán nào.

enhanced-x-7-7-name = Lỗi toàn vẹn thư
enhanced-x-7-7-description = Một hệ thống truyền tải được phép xác minh thư đã không làm được việc đó, vì thư đã bị hỏng hoặc bị sửa đổi (RFC 3463, mục 3.8). Mã này có thể được dùng như mã lỗi vĩnh viễn, mã lỗi tạm thời kéo dài hoặc mã thành công.
enhanced-x-7-7-fix-sender =
    Hãy gửi lại thư, vì thư đã bị sửa đổi hoặc bị hỏng trên đường đi.
    Nếu bạn ký thư, hãy kiểm tra để bảo đảm rằng không có gì thay đổi thư sau khi ký, chẳng hạn phần chân thư (footer) mà máy chủ của bạn thêm vào.
enhanced-x-7-7-fix-admin =
    Hãy tìm hệ thống đã thay đổi thư trên đường đi, chẳng hạn một cổng nối (gateway) thêm phần chân thư hoặc viết lại nội dung, rồi cấu hình để nó giữ nguyên các thư đã được ký.
    Nếu mã là <code>2.7.7</code>, thư đã được chuyển phát dù bước xác minh thất bại, và bạn không cần làm gì trừ khi tình trạng này lặp lại.

enhanced-x-7-8-name = Thông tin xác thực không hợp lệ
enhanced-x-7-8-description = Lệnh <code>AUTH</code> thất bại vì thông tin xác thực không hợp lệ hoặc không đủ, và máy khách nên yêu cầu người dùng nhập thông tin mới, chẳng hạn bằng một hộp thoại nhập mật khẩu (RFC 4954, mục 6). Máy chủ gửi mã này dưới dạng <code>535 5.7.8</code>. RFC 4468 ban đầu đã dùng <code>X.7.8</code> cho trường hợp thiếu quan hệ tin cậy, cách dùng mà RFC 5248 đã chuyển sang <code>X.7.14</code>.
enhanced-x-7-8-fix-sender =
    Hãy kiểm tra tên đăng nhập, thường là địa chỉ thư điện tử đầy đủ, rồi nhập lại mật khẩu.
    Nếu nhà cung cấp của bạn yêu cầu, hãy dùng mật khẩu ứng dụng hoặc đăng nhập bằng OAuth 2.0 thay cho mật khẩu thông thường.
    Hãy dừng mọi thiết bị hoặc chương trình khác đang liên tục thử đăng nhập bằng mật khẩu cũ, vì các lần thất bại lặp đi lặp lại có thể khiến tài khoản bị khóa.
enhanced-x-7-8-fix-admin =
    Hãy tìm lý do thất bại trong nhật ký; dịch vụ xác thực, chẳng hạn Dovecot, ghi nhật ký chi tiết hơn máy chủ thư.
    Hãy kiểm tra để bảo đảm rằng tài khoản tồn tại, đã được đặt mật khẩu và được phép dùng xác thực SMTP.

enhanced-x-7-9-name = Cơ chế xác thực quá yếu
enhanced-x-7-9-description = Lệnh <code>AUTH</code> thất bại vì cơ chế đã chọn yếu hơn mức mà chính sách của máy chủ cho phép đối với người dùng đó, và máy khách nên thử lại bằng một cơ chế khác (RFC 4954, mục 6). Máy chủ gửi mã này dưới dạng <code>534 5.7.9</code>.
enhanced-x-7-9-fix-sender =
    Nếu nhà cung cấp của bạn yêu cầu mật khẩu ứng dụng hoặc đăng nhập bằng OAuth 2.0, hãy thiết lập trong tài khoản rồi dùng cách đó trong ứng dụng thư.
    Hãy chọn một phương thức xác thực an toàn hơn trong thiết lập máy chủ thư đi của ứng dụng thư, nếu ứng dụng có cung cấp.
enhanced-x-7-9-fix-admin =
    Hãy kiểm tra những cơ chế mà máy chủ cung cấp cho người dùng này trên kết nối này, và bảo đảm có ít nhất một cơ chế đáp ứng chính sách của bạn (trong Postfix là <code>smtpd_sasl_security_options</code> và <code>smtpd_sasl_tls_security_options</code>).
    Nếu bạn phát triển hoặc cấu hình máy khách, hãy thử lại bằng một cơ chế mạnh hơn trong phản hồi cho <code>EHLO</code> của máy chủ thay vì bỏ cuộc (RFC 4954, mục 6).

enhanced-x-7-10-name = Cần mã hóa
enhanced-x-7-10-description = Cơ chế xác thực được yêu cầu chỉ có thể dùng trên một lớp bảo mật đủ mạnh như TLS; mã này chủ yếu dành cho các cơ chế gửi mật khẩu ở dạng không mã hóa (RFC 5248, mục 2.4, văn bản đã đăng ký mã này dựa trên thực tế sử dụng sẵn có). Máy khách nhận được mã này có thể bắt đầu TLS trước khi xác thực, hoặc dùng một cơ chế mạnh hơn. RFC 8689 (mục 4.2.1) cũng dùng <code>5.7.10</code> trong thư báo không chuyển phát được cho một thư <code>REQUIRETLS</code> khi không thiết lập được phiên nào được TLS bảo vệ.
enhanced-x-7-10-fix-sender =
    Hãy đặt chế độ bảo mật kết nối của máy chủ thư đi là <code>STARTTLS</code> trên cổng 587, hoặc SSL/TLS trên cổng 465.
    Nếu thư báo không chuyển phát được của một thư gửi với <code>REQUIRETLS</code> ghi mã <code>5.7.10</code>, thư đó đã không thể đi qua TLS, vì vậy chỉ khi nội dung thư cho phép, hãy gửi lại thư mà không kèm yêu cầu đó.
enhanced-x-7-10-fix-admin =
    Hãy chỉ cung cấp các cơ chế dùng mật khẩu sau <code>STARTTLS</code> (<code>smtpd_tls_auth_only = yes</code> trong Postfix), để máy khách không bao giờ chọn chúng trên một kết nối không mã hóa.
    Nếu bạn phát triển hoặc cấu hình máy khách, hãy bắt đầu TLS trước khi xác thực, gửi lại <code>EHLO</code> rồi chọn một cơ chế trong phản hồi mới.
    Nếu máy chủ của bạn đã trả về một thư <code>REQUIRETLS</code> với <code>5.7.10</code>, hãy kiểm tra thiết lập TLS của đích: các máy <code>MX</code> của đích phải hỗ trợ <code>STARTTLS</code> với một chứng chỉ mà máy chủ của bạn xác minh được (RFC 8689, mục 4.2.1).

enhanced-x-7-11-name = Cơ chế xác thực được yêu cầu đòi hỏi mã hóa
enhanced-x-7-11-description = Lệnh <code>AUTH</code> thất bại vì cơ chế đã chọn chỉ được dùng khi kết nối được mã hóa (RFC 4954, mục 6). RFC 4954 ghi lại mã này, dưới dạng <code>538 5.7.11</code>, chỉ với mục đích lưu lại lịch sử: máy chủ không nên quảng bá những cơ chế mà kết nối hiện tại không cho phép.
enhanced-x-7-11-fix-sender =
    Hãy đặt chế độ bảo mật kết nối của máy chủ thư đi là <code>STARTTLS</code> trên cổng 587, hoặc SSL/TLS trên cổng 465.
enhanced-x-7-11-fix-admin =
    Hãy chỉ cung cấp các cơ chế cần mã hóa sau <code>STARTTLS</code> (<code>smtpd_tls_auth_only = yes</code> trong Postfix), vì RFC 4954 (mục 6) ghi lại phản hồi này chỉ với mục đích lưu lại lịch sử.
    Nếu bạn phát triển hoặc cấu hình máy khách, hãy bắt đầu TLS và gửi lại <code>EHLO</code> trước khi xác thực.

enhanced-x-7-12-name = Cần chuyển mật khẩu sang cơ chế mới
enhanced-x-7-12-description = Người dùng cần chuyển sang cơ chế xác thực đã chọn, thường bằng cách xác thực một lần với cơ chế <code>PLAIN</code>, sau đó cơ chế đã chọn sẽ hoạt động trong các phiên sau (RFC 4954, mục 6). Máy chủ gửi mã này dưới dạng <code>432 4.7.12</code> để trả lời <code>AUTH</code>.
enhanced-x-7-12-fix-sender =
    Hãy thiết lập ứng dụng thư xác thực một lần bằng phương thức mật khẩu thông thường qua kết nối được mã hóa, rồi chuyển về phương thức mà bạn đã dùng trước đó.
    Nếu vẫn nhận được phản hồi này, hãy liên hệ với nhà cung cấp dịch vụ thư của bạn.
enhanced-x-7-12-fix-admin =
    Hãy kiểm tra phương thức lưu trữ mật khẩu của tài khoản, vì các cơ chế như <code>CRAM-MD5</code> và <code>SCRAM</code> cần chính mật khẩu hoặc một khóa lưu trữ riêng, điều mà giá trị băm mật khẩu thông thường không cung cấp được.
    Hãy chỉ cung cấp những cơ chế mà thông tin xác thực đã lưu hỗ trợ, hoặc cho người dùng xác thực một lần bằng <code>PLAIN</code> qua TLS để máy chủ lưu được dạng mới (RFC 4954, mục 6).

enhanced-x-7-13-name = Tài khoản người dùng đã bị vô hiệu hóa
enhanced-x-7-13-description = Xác thực đã thành công, nhưng tài khoản đã bị vô hiệu hóa, chẳng hạn vì chưa thanh toán, vì lạm dụng hoặc vì có người đã cố xâm nhập (RFC 5248, mục 2.4). Lỗi này là vĩnh viễn cho đến khi người dùng đề nghị quản trị viên hệ thống kích hoạt lại tài khoản; khác với lỗi do thông tin xác thực sai, việc hỏi lại mật khẩu không giúp được gì.
enhanced-x-7-13-fix-sender =
    Hãy liên hệ với nhà cung cấp dịch vụ thư hoặc quản trị viên để biết vì sao tài khoản bị vô hiệu hóa và đề nghị kích hoạt lại.
    Đừng đổi hay nhập lại mật khẩu vì lý do này, vì máy chủ đã chấp nhận mật khẩu và chính tài khoản mới là thứ bị vô hiệu hóa.
enhanced-x-7-13-fix-admin =
    Hãy kiểm tra trạng thái của tài khoản trong thư mục người dùng hoặc trong hệ thống thanh toán, và kích hoạt lại khi nguyên nhân, chẳng hạn lạm dụng hoặc xâm nhập, đã được xử lý.
    Nếu tài khoản đã bị chiếm quyền, hãy đặt lại mật khẩu và thu hồi các mật khẩu ứng dụng và token của tài khoản trước khi kích hoạt lại.

enhanced-x-7-14-name = Cần có quan hệ tin cậy
enhanced-x-7-14-description = Máy chủ của dịch vụ gửi thư (submission) cần một quan hệ tin cậy đã được cấu hình với một máy chủ bên thứ ba để truy cập nội dung thư, chẳng hạn với một lệnh <code>BURL</code> có URL trỏ tới một máy chủ IMAP mà nó không tin cậy (RFC 5248, mục 2.4). Mã này thay cho <code>X.7.8</code>, mã mà RFC 4468 (mục 5) đã dùng cho tình trạng này.
enhanced-x-7-14-fix-sender =
    Hãy gửi lại thư, và liên hệ với nhà cung cấp nếu lỗi vẫn tiếp diễn, vì máy chủ không lấy được thư từ hộp thư của bạn.
enhanced-x-7-14-fix-admin =
    Hãy cấu hình quan hệ tin cậy giữa máy chủ của dịch vụ gửi thư (submission) và máy chủ IMAP được nêu trong lệnh <code>BURL</code>, để máy chủ của dịch vụ gửi thư được phép lấy thư (RFC 4468).
    Nếu bạn phát triển hoặc cấu hình máy khách, hãy gửi nội dung thư bằng <code>DATA</code> hoặc <code>BDAT</code> thay cho <code>BURL</code> khi máy chủ không tin cậy máy chủ IMAP đó.

enhanced-x-7-15-name = Mức ưu tiên quá thấp
enhanced-x-7-15-description = Mức ưu tiên của thư, được yêu cầu bằng phần mở rộng <code>MT-PRIORITY</code>, thấp hơn mức ưu tiên thấp nhất mà máy chủ nhận hiện đang chấp nhận (RFC 6710, mục 4.1). Tình trạng này có thể chỉ là tạm thời, chẳng hạn trong lúc máy chủ chỉ nhận những thư có mức ưu tiên cao hơn; mã này được gửi kèm 450 hoặc 550, hoặc kèm một mã 4yz hay 5yz khác.
enhanced-x-7-15-fix-sender =
    Nếu mã là <code>4.7.15</code>, hãy chờ: hiện máy chủ chỉ nhận thư có mức ưu tiên cao hơn, và máy chủ của bạn sẽ thử gửi lại.
    Nếu mã là <code>5.7.15</code>, hãy gửi thư với mức ưu tiên cao hơn, nếu bạn được phép dùng, hoặc báo cho người nhận qua một kênh khác.
enhanced-x-7-15-fix-admin =
    Hãy kiểm tra mức <code>MT-PRIORITY</code> thấp nhất mà máy chủ hiện đang chấp nhận, và xem hạn chế này có còn cần thiết không.
    Nếu bạn quản lý phía máy chủ gửi, hãy chỉ yêu cầu những mức ưu tiên mà máy chủ nhận chấp nhận từ bạn và người dùng của bạn được phép dùng (RFC 6710).

enhanced-x-7-16-name = Thư quá lớn đối với mức ưu tiên đã chỉ định
enhanced-x-7-16-description = Thư quá lớn đối với mức ưu tiên được yêu cầu bằng phần mở rộng <code>MT-PRIORITY</code>, và máy chủ nên từ chối thư bằng 552 (RFC 6710, mục 5). Tình trạng này có thể chỉ là tạm thời, chẳng hạn trong lúc máy chủ chỉ nhận những thư có mức ưu tiên cao hơn và nhỏ hơn một kích thước nhất định. RFC 4865 (mục 6) đã định nghĩa một mã <code>X.7.16</code> khác, cho trường hợp vượt hạn mức theo từng người dùng đối với việc chuyển phát hẹn giờ (future release), và mã đó không có trong sổ đăng ký.
enhanced-x-7-16-fix-sender =
    Hãy giảm kích thước thư, hoặc gửi lại thư với mức ưu tiên thấp hơn.
    Lưu ý rằng tệp đính kèm sẽ lớn thêm khoảng một phần ba khi được chuyển sang dạng văn bản để gửi qua thư điện tử.
enhanced-x-7-16-fix-admin =
    Hãy kiểm tra các giới hạn kích thước mà máy chủ áp dụng cho từng mức ưu tiên, và điều chỉnh nếu có thư hợp lệ vượt quá các giới hạn đó.
    Nếu bạn quản lý phía máy chủ gửi, hãy gửi thư lớn với mức ưu tiên thấp hơn (RFC 6710, mục 5).

enhanced-x-7-17-name = Hộp thư đã đổi chủ sở hữu
enhanced-x-7-17-description = Một thư gửi kèm phần mở rộng <code>RRVS</code> hoặc trường tiêu đề <code>Require-Recipient-Valid-Since</code> có đích là một hộp thư không liên tục thuộc về cùng một chủ sở hữu kể từ ngày giờ được nêu (RFC 7293, mục 15.3). Hệ thống nhận từ chối thư bằng một mã 5yz, thường là 550, để thư không đến tay người chủ mới của địa chỉ. RFC 4865 (mục 6) đã định nghĩa một mã <code>X.7.17</code> khác, cho trường hợp vượt hạn mức của hệ thống đối với việc chuyển phát hẹn giờ (future release), và mã đó không có trong sổ đăng ký.
enhanced-x-7-17-fix-sender =
    Đừng gửi thư tới địa chỉ này: hộp thư đã đổi chủ sở hữu kể từ ngày ghi trong thư của bạn, nên người mà bạn muốn gửi tới không còn nhận thư ở đó nữa.
    Hãy tìm địa chỉ hiện tại của người nhận qua một kênh khác, rồi cập nhật hồ sơ của bạn.
enhanced-x-7-17-fix-admin =
    Không cần thay đổi gì trên máy chủ nhận: máy chủ đã bảo vệ người chủ mới của địa chỉ, đúng như ý định của RFC 7293.
    Nếu bạn quản lý hệ thống gửi, hãy xóa hoặc đánh dấu địa chỉ đó trong hồ sơ của bạn, vì địa chỉ này không còn dẫn tới người mà bạn muốn gửi.

enhanced-x-7-18-name = Tên miền đã đổi chủ sở hữu
enhanced-x-7-18-description = Hệ thống nhận đã nhận được một thư được gửi kèm phần mở rộng <code>RRVS</code> hoặc trường tiêu đề <code>Require-Recipient-Valid-Since</code>, và chọn tiết lộ rằng tên miền của người nhận đã đổi chủ sở hữu kể từ ngày giờ được nêu (RFC 7293, mục 15.3). Mã này được gửi kèm một mã 5yz.
enhanced-x-7-18-fix-sender =
    Đừng gửi thư tới địa chỉ này: tên miền đã đổi chủ sở hữu kể từ ngày ghi trong thư của bạn, nên địa chỉ đó có thể đã thuộc về người khác.
    Hãy tìm địa chỉ hiện tại của người nhận qua một kênh khác, rồi cập nhật hồ sơ của bạn.
enhanced-x-7-18-fix-admin =
    Không cần thay đổi gì trên máy chủ nhận: máy chủ cố ý tiết lộ việc đổi chủ sở hữu.
    Nếu bạn quản lý hệ thống gửi, hãy ngừng dùng các địa chỉ thuộc tên miền đó cho những tài khoản liên quan cho đến khi chủ tài khoản xác nhận địa chỉ mới.

enhanced-x-7-19-name = Không thể hoàn tất việc kiểm tra <code>RRVS</code>
enhanced-x-7-19-description = Không thể đánh giá một thư được gửi kèm phần mở rộng <code>RRVS</code> hoặc trường tiêu đề <code>Require-Recipient-Valid-Since</code>, vì hệ thống nhận không ghi lại thời điểm hộp thư được tạo hoặc được cấp lại (RFC 7293, mục 15.3). Người gửi ban đầu phải quyết định có gửi lại thư mà không có sự bảo vệ của <code>RRVS</code> hay không.
enhanced-x-7-19-fix-sender =
    Hãy quyết định xem thư có được phép đến địa chỉ này mà không qua bước kiểm tra quyền sở hữu hay không; nếu được, hãy gửi lại thư mà không có trường tiêu đề <code>Require-Recipient-Valid-Since</code> hoặc tham số <code>RRVS</code>.
    Với thư nhạy cảm, chẳng hạn thư đặt lại mật khẩu, trước hết hãy xác nhận địa chỉ với người nhận qua một kênh khác.
enhanced-x-7-19-fix-admin =
    Ở phía máy chủ nhận, hãy ghi lại thời điểm các hộp thư được tạo hoặc được cấp lại nếu bạn muốn việc kiểm tra <code>RRVS</code> thành công.
    Nếu bạn quản lý hệ thống gửi, hãy xử lý mã này theo chính sách, và chỉ gửi lại mà không có <code>RRVS</code> những thư có thể đến tay người chủ mới của địa chỉ một cách an toàn.

enhanced-x-7-20-name = Không tìm thấy chữ ký DKIM nào vượt qua bước xác minh
enhanced-x-7-20-description = Thư không mang chữ ký DKIM nào vượt qua bước xác minh, trong khi chính sách cục bộ yêu cầu phải có (RFC 7372, mục 3.1). Việc từ chối thư vì lý do này đi ngược lại khuyến nghị của RFC 6376 (mục 6.1), vốn khuyên không nên đối xử đặc biệt với những thư không mang chữ ký DKIM hợp lệ.
enhanced-x-7-20-fix-sender =
    Hãy chuyển tiếp thư báo không chuyển phát được cho quản trị viên máy chủ thư hoặc nhà cung cấp dịch vụ thư của bạn, vì việc khắc phục nằm ở phía máy chủ gửi: thư của tên miền bạn phải được ký bằng DKIM.
enhanced-x-7-20-fix-admin =
    Nếu bạn quản lý tên miền gửi thư, hãy ký mọi thư gửi đi bằng DKIM, và công bố khóa công khai dưới dạng bản ghi <code>TXT</code> theo selector mà bạn dùng, chẳng hạn <code>s1._domainkey.example.com</code>.
    Hãy kiểm tra để bảo đảm rằng không có gì thay đổi thư sau khi ký, chẳng hạn một máy chủ thêm phần chân thư (footer) hoặc một danh sách thư sửa tiêu đề thư, rồi thử bằng cách gửi tới một hộp thư có hiển thị kết quả xác thực của thư.
    Ở phía máy chủ nhận, hãy lưu ý rằng việc từ chối thư không có chữ ký hợp lệ đi ngược lại khuyến nghị của RFC 6376 (mục 6.1), và cân nhắc đánh giá những thư như vậy dựa trên các bước kiểm tra khác.

enhanced-x-7-21-name = Không tìm thấy chữ ký DKIM nào chấp nhận được
enhanced-x-7-21-description = Thư mang một hoặc nhiều chữ ký DKIM vượt qua bước xác minh, nhưng không chữ ký nào đáp ứng các yêu cầu cục bộ, chẳng hạn về những trường tiêu đề nào phải được ký (RFC 7372, mục 3.1). Cũng như với <code>X.7.20</code>, việc từ chối thư vì lý do này đi ngược lại khuyến nghị của RFC 6376 (mục 6.1).
enhanced-x-7-21-fix-sender =
    Hãy chuyển tiếp thư báo không chuyển phát được cho quản trị viên máy chủ thư hoặc nhà cung cấp dịch vụ thư của bạn, vì chữ ký DKIM trong thư của bạn không đáp ứng các yêu cầu của máy chủ nhận.
enhanced-x-7-21-fix-admin =
    Nếu bạn quản lý tên miền gửi thư, hãy tìm xem chữ ký của bạn chưa đáp ứng yêu cầu nào, chẳng hạn các trường tiêu đề phải được ký, độ dài khóa hoặc thuật toán, rồi thay đổi thiết lập ký thư.
    Hãy ký ít nhất trường tiêu đề <code>From</code>, như RFC 6376 (mục 5.4) yêu cầu, và dùng khóa RSA dài ít nhất 1024 bit, tốt nhất là 2048 bit (RFC 8301).
    Ở phía máy chủ nhận, hãy nêu các yêu cầu của bạn trong nội dung phản hồi, và lưu ý rằng việc từ chối thư vì lý do này đi ngược lại khuyến nghị của RFC 6376 (mục 6.1).

enhanced-x-7-22-name = Không tìm thấy chữ ký DKIM hợp lệ nào khớp với tác giả
enhanced-x-7-22-description = Thư mang các chữ ký DKIM vượt qua bước xác minh, nhưng không chữ ký nào có định danh khớp với địa chỉ tác giả trong trường tiêu đề <code>From</code> (RFC 7372, mục 3.1). Đây là một trường hợp đặc biệt của <code>X.7.21</code>, và việc từ chối thư vì lý do này cũng đi ngược lại khuyến nghị của RFC 6376 (mục 6.1).
enhanced-x-7-22-fix-sender =
    Hãy chuyển tiếp thư báo không chuyển phát được cho quản trị viên máy chủ thư hoặc nhà cung cấp dịch vụ thư của bạn, vì thư của bạn phải được ký bằng DKIM bởi tên miền trong địa chỉ <code>From</code> của bạn.
enhanced-x-7-22-fix-admin =
    Nếu bạn quản lý tên miền gửi thư, hãy ký thư bằng tên miền của địa chỉ <code>From</code> (thẻ <code>d=</code> của chữ ký), chứ không chỉ bằng tên miền của dịch vụ thư điện tử mà bạn dùng.
    Hãy thiết lập mọi dịch vụ gửi thư nhân danh bạn, chẳng hạn dịch vụ gửi bản tin hoặc hệ thống quản lý yêu cầu hỗ trợ (ticket), để ký bằng tên miền của bạn, và công bố khóa của các dịch vụ đó dưới tên miền của bạn.
    Ở phía máy chủ nhận, hãy lưu ý rằng việc từ chối thư vì lý do này đi ngược lại khuyến nghị của RFC 6376 (mục 6.1).

enhanced-x-7-23-name = Kiểm tra SPF thất bại
enhanced-x-7-23-description = Một lần kiểm tra SPF đối với thư cho kết quả “<code>fail</code>”, và chính sách cục bộ từ chối những thư như vậy (RFC 7372, mục 3.2). Mã này được dùng với 550 thay cho <code>5.7.1</code>, mã mà RFC 7208 (mục 8.4) khuyến nghị cho trường hợp này.
enhanced-x-7-23-fix-sender =
    Hãy chuyển tiếp thư báo không chuyển phát được cho quản trị viên máy chủ thư hoặc nhà cung cấp dịch vụ thư của bạn, vì máy chủ đã gửi thư của bạn không được bản ghi SPF của tên miền bạn cho phép.
    Nếu thư đã đi qua một địa chỉ chuyển tiếp hoặc một dịch vụ khác, hãy cho quản trị viên biết đó là địa chỉ hay dịch vụ nào.
enhanced-x-7-23-fix-admin =
    Nếu bạn quản lý tên miền gửi thư, hãy liệt kê trong bản ghi SPF mọi máy chủ và dịch vụ gửi thư có tên miền của bạn trong <code>MAIL FROM</code>, chẳng hạn bằng một cơ chế <code>include</code> cho nhà cung cấp của bạn.
    Hãy công bố một bản ghi <code>TXT</code> duy nhất bắt đầu bằng “<code>v=spf1</code>”, và giữ số truy vấn DNS không quá 10 (RFC 7208, mục 4.6.4).
    Ở phía máy chủ nhận, nếu thư do một máy chủ khác chuyển tiếp không qua được SPF, hãy cho phép những máy chủ chuyển tiếp mà bạn tin cậy, hoặc đề nghị họ viết lại địa chỉ người gửi trong phong bì thư, chẳng hạn bằng cơ chế viết lại địa chỉ người gửi (Sender Rewriting Scheme, SRS).

enhanced-x-7-24-name = Lỗi khi kiểm tra SPF
enhanced-x-7-24-description = Việc đánh giá SPF đối với thư gặp lỗi: đó có thể là lỗi tạm thời, chẳng hạn sự cố DNS, được gửi kèm 451, hoặc lỗi vĩnh viễn, chẳng hạn bản ghi SPF không thể diễn giải, được gửi kèm 550 (RFC 7372, mục 3.2). Mã này được dùng thay cho <code>4.4.3</code> và <code>5.5.2</code>, các mã mà RFC 7208 (mục 8.6 và 8.7) khuyến nghị cho những kết quả này.
enhanced-x-7-24-fix-sender =
    Hãy chuyển tiếp thư báo không chuyển phát được cho quản trị viên máy chủ thư hoặc nhà cung cấp dịch vụ thư của bạn, vì bản ghi SPF của tên miền bạn không đánh giá được.
    Nếu mã là <code>4.7.24</code>, hãy chờ: máy chủ của bạn sẽ thử gửi lại, và sự cố DNS tạm thời thường tự hết.
enhanced-x-7-24-fix-admin =
    Nếu bạn quản lý tên miền gửi thư, hãy kiểm tra bản ghi SPF xem có lỗi cú pháp, có bản ghi thứ hai cũng bắt đầu bằng “<code>v=spf1</code>” hay có hơn 10 truy vấn DNS không, vì mỗi trường hợp như vậy đều làm kết quả trở thành lỗi vĩnh viễn (RFC 7208, mục 4.5 và 4.6).
    Hãy kiểm tra để bảo đảm rằng các máy chủ tên miền (name server) của tên miền đó, và của mọi tên miền mà bản ghi tham chiếu tới, trả lời ổn định, vì hết thời gian chờ sẽ làm kết quả trở thành lỗi tạm thời.
    Ở phía máy chủ nhận, hãy kiểm tra trình phân giải DNS của chính bạn nếu các phản hồi <code>4.7.24</code> liên quan đến nhiều tên miền.

enhanced-x-7-25-name = Kiểm tra DNS ngược thất bại
enhanced-x-7-25-description = Địa chỉ IP của máy khách SMTP không vượt qua bước kiểm tra DNS ngược, và chính sách cục bộ từ chối những máy khách như vậy (RFC 7372, mục 3.3). Cách kiểm tra thông dụng, <code>iprev</code> (RFC 8601, mục 3), tra các tên mà địa chỉ đó ánh xạ tới, và chỉ đạt khi một trong các tên đó ánh xạ ngược về đúng địa chỉ này.
enhanced-x-7-25-fix-sender =
    Hãy chuyển tiếp thư báo không chuyển phát được cho quản trị viên máy chủ thư hoặc nhà cung cấp dịch vụ thư của bạn, vì địa chỉ IP của máy chủ gửi không có tên trong bản ghi DNS ngược khớp với nó.
enhanced-x-7-25-fix-admin =
    Nếu bạn quản lý máy chủ gửi, hãy đề nghị bên sở hữu địa chỉ IP của máy chủ, thường là nhà cung cấp dịch vụ lưu trữ (hosting) hoặc nhà cung cấp mạng, tạo một bản ghi <code>PTR</code> chứa tên của máy chủ, rồi công bố cho tên đó một bản ghi <code>A</code> hoặc <code>AAAA</code> trỏ ngược về đúng địa chỉ ấy.
    Hãy cấu hình để máy chủ khai báo tên đó trong <code>EHLO</code> (trong Postfix là <code>myhostname</code> hoặc <code>smtp_helo_name</code>).
    Ở phía máy chủ nhận, Postfix gửi mã này khi áp dụng <code>reject_unknown_client_hostname</code>, dưới dạng mã tạm thời 450 khi việc tra cứu tạm thời thất bại, vì vậy hãy kiểm tra trình phân giải DNS của bạn nếu mã này xuất hiện với nhiều máy khách.

enhanced-x-7-26-name = Nhiều bước kiểm tra xác thực thất bại
enhanced-x-7-26-description = Thư không vượt qua nhiều hơn một bước kiểm tra xác thực thư, trái với chính sách cục bộ, và mã này không cho biết những cơ chế nào đã thất bại (RFC 7372, mục 3.4). Khi nhiều bước kiểm tra thất bại, RFC 7372 (mục 4) khuyến nghị dùng mã này thay vì mã của bước kiểm tra thất bại đầu tiên.
enhanced-x-7-26-fix-sender =
    Hãy chuyển tiếp thư báo không chuyển phát được cho quản trị viên máy chủ thư hoặc nhà cung cấp dịch vụ thư của bạn, vì thư của bạn không vượt qua nhiều bước kiểm tra xác thực người gửi, chẳng hạn SPF, DKIM và DMARC.
enhanced-x-7-26-fix-admin =
    Nếu bạn quản lý tên miền gửi thư, hãy công bố một bản ghi SPF đúng, ký thư bằng DKIM với tên miền của địa chỉ <code>From</code>, và công bố một bản ghi DMARC.
    Hãy kiểm tra mọi dịch vụ gửi thư bằng tên miền của bạn, rồi thử bằng cách gửi tới một hộp thư có hiển thị kết quả xác thực của thư.
    Ở phía máy chủ nhận, hãy nêu tên các bước kiểm tra thất bại trong nội dung phản hồi khi chính sách của bạn cho phép, để người gửi biết cần sửa gì.

enhanced-x-7-27-name = Địa chỉ người gửi có bản ghi null MX
enhanced-x-7-27-description = Tên miền của địa chỉ người gửi, trong <code>MAIL FROM</code> hoặc trong trường tiêu đề <code>From</code>, công bố một bản ghi null MX, và hệ thống nhận từ chối thư từ những người gửi như vậy, chẳng hạn vì không thể gửi trả thông báo trạng thái chuyển phát cho họ (RFC 7505, mục 4.1). Máy chủ nên gửi mã này dưới dạng <code>550 5.7.27</code>.
enhanced-x-7-27-fix-sender =
    Hãy gửi từ một địa chỉ khác, vì tên miền trong địa chỉ người gửi của bạn tuyên bố rằng nó không nhận thư.
    Nếu tên miền đó là của bạn, hãy chuyển tiếp thư báo không chuyển phát được cho quản trị viên máy chủ thư của bạn.
enhanced-x-7-27-fix-admin =
    Nếu bạn quản lý tên miền gửi thư, hãy thay bản ghi null MX bằng các bản ghi <code>MX</code> trỏ tới những máy chủ nhận thư, kể cả thư báo không chuyển phát được, hoặc ngừng gửi thư bằng tên miền đó (RFC 7505, mục 4.2).
    Hãy kiểm tra để bảo đảm rằng các ứng dụng của bạn dùng một tên miền có nhận thư, cả trong <code>MAIL FROM</code> lẫn trong trường tiêu đề <code>From</code>.
    Với tên miền hoàn toàn không gửi thư, hãy giữ bản ghi null MX, và công bố bản ghi SPF “<code>v=spf1 -all</code>” để nói rõ điều đó (RFC 7505, mục 4.2).

enhanced-x-7-28-name = Phát hiện đợt thư tràn ngập
enhanced-x-7-28-description = Thư có vẻ là một phần của một đợt thư tràn ngập (mail flood) gồm những thư lạm dụng tương tự nhau. Mã này được đăng ký cho draft-levine-mailbomb-header, một bản thảo (Internet-Draft) về các đợt thư xác nhận tràn ngập do những lượt gửi biểu mẫu web giả mạo gây ra; bản thảo này đã hết hạn mà không trở thành RFC.
enhanced-x-7-28-fix-sender =
    Hãy tạm ngừng gửi những thư tương tự cho người nhận trong một thời gian, rồi thử lại sau.
    Nếu trang web của bạn gửi thư xác nhận hoặc thư thông báo, hãy bảo vệ các biểu mẫu của trang khỏi những lượt gửi tự động, vì kẻ tấn công dùng những biểu mẫu như vậy để làm ngập hộp thư của nạn nhân.
enhanced-x-7-28-fix-admin =
    Nếu bạn quản lý hệ thống gửi, hãy tìm nguồn gốc của đợt thư tràn ngập, chẳng hạn một biểu mẫu web bị lạm dụng, và giới hạn số thư mà nó gửi tới mỗi địa chỉ.
    Ở phía máy chủ nhận, hãy gỡ bỏ việc chặn khi đợt thư tràn ngập đã dừng, và cho phép những người gửi thư hàng loạt hợp lệ có thư bị chặn nhầm.

enhanced-x-7-29-name = Kiểm tra ARC thất bại
enhanced-x-7-29-description = Thư không vượt qua bước kiểm tra chuỗi nhận đã xác thực (Authenticated Received Chain, ARC) của nó, và bên kiểm tra báo điều này trong giao dịch SMTP (RFC 8617, mục 5.2.2, một RFC thử nghiệm). Vì lỗi ARC thường đi kèm lỗi của các cơ chế xác thực khác, bên kiểm tra có thể gửi <code>X.7.26</code> thay thế.
enhanced-x-7-29-fix-sender =
    Hãy chuyển tiếp thư báo không chuyển phát được cho quản trị viên máy chủ thư hoặc nhà cung cấp dịch vụ thư của bạn, vì thư không vượt qua bước kiểm tra chuỗi xác thực mà các máy chủ chuyển tiếp thêm vào.
    Nếu bạn đã gửi thư tới một danh sách thư hoặc một địa chỉ chuyển tiếp, hãy báo cho bên vận hành danh sách hoặc địa chỉ đó.
enhanced-x-7-29-fix-admin =
    Nếu bạn quản lý một danh sách thư hoặc một hệ thống chuyển tiếp thư, hãy kiểm tra để bảo đảm rằng hệ thống đó niêm phong thư bằng các trường tiêu đề ARC hợp lệ và các khóa mà nó công bố trong DNS khớp với chữ ký của nó.
    Hãy kiểm tra để bảo đảm rằng không có hệ thống nào thay đổi thư sau dấu niêm phong ARC cuối cùng, vì một thay đổi sẽ làm đứt chuỗi.
    Ở phía máy chủ nhận, hãy lưu ý rằng RFC 8617 là một RFC thử nghiệm, và cân nhắc đánh giá thư dựa trên các kết quả xác thực khác của nó.

enhanced-x-7-30-name = Cần hỗ trợ <code>REQUIRETLS</code>
enhanced-x-7-30-description = Một thư yêu cầu TLS trên mọi chặng (phần mở rộng <code>REQUIRETLS</code>) không thể được chuyển tới chặng kế tiếp, vì không máy chủ nào trong số những máy chủ mà thư cần đi tới hỗ trợ <code>REQUIRETLS</code> (RFC 8689, mục 4.2.1). Máy chủ gửi báo mã này trong thư báo không chuyển phát được mà khi đó nó phải gửi về địa chỉ trả về (return path).
enhanced-x-7-30-fix-sender =
    Hãy gửi lại thư mà không yêu cầu TLS trên mọi chặng, nếu nội dung thư cho phép, hoặc liên lạc với người nhận bằng cách khác.
    Hãy báo cho người nhận rằng các máy chủ thư của họ không hỗ trợ <code>REQUIRETLS</code>.
enhanced-x-7-30-fix-admin =
    Nếu bạn quản lý hệ thống đích, hãy hỗ trợ <code>REQUIRETLS</code> trên các máy <code>MX</code> của hệ thống đó, với <code>STARTTLS</code> và một chứng chỉ mà các máy chủ gửi xác minh được, chẳng hạn qua DANE hoặc MTA-STS (trong Postfix 3.11 trở lên là <code>requiretls_enable</code>).
    Nếu máy chủ của bạn đã trả thư về, hãy kiểm tra nhật ký của nó để biết những máy chủ mà nó đã thử, và kiểm tra xem chính sách <code>REQUIRETLS</code> của nó có đúng như ý bạn không (<code>smtp_requiretls_policy</code> trong Postfix).
