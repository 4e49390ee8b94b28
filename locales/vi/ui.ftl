### smtpkb interface text: section labels, class and category names, and the
### sentence frames of comparisons. English is the reference locale.
###
### Variables that hold reply codes ($code, $a, $b) are strings such as "451".
### $class-a, $class-b, $category-a and $category-b are numbers (the first and
### second digit of a code); the other selectors take the string values listed
### in each message's variants.
###
### Vietnamese translation. Terms used throughout: reply code = mã phản hồi,
### client = máy khách, server = máy chủ, session = phiên, class = nhóm,
### category = loại, temporary/permanent failure = lỗi tạm thời/vĩnh viễn.

# The name of this language, written in this language.
locale-name = Tiếng Việt

## Section labels

label-description = Mô tả
label-when = Khi bạn thấy mã này
label-fix = Cách khắc phục
label-differences = Sự khác biệt chính
label-when-to-use = Khi nào dùng cái nào
label-learn-more = Tìm hiểu thêm
label-related = Mã liên quan
label-class = Nhóm
label-category = Loại
label-phases = Xuất hiện trong giai đoạn
label-commands = Dùng để trả lời
label-any-command = mọi lệnh
label-enhanced = Mã trạng thái mở rộng
label-defined-in = Được định nghĩa trong
label-usage-note = Ghi chú sử dụng
label-code = Mã
label-name = Tên
label-locale = Mã ngôn ngữ
label-language = Ngôn ngữ
label-interface = Giao diện
label-code-text = Nội dung các mã
# Marks a section that is shown in English because it is not translated yet.
label-fallback = chưa được dịch, đang hiển thị bằng tiếng Anh
label-error = lỗi
label-warning = cảnh báo
# Separates the items of a list, such as the phases a code appears in;
# the quotes keep the space after the mark.
separator-list = { "; " }
# Separates short items, such as SMTP commands or codes.
separator-items = { ", " }

## The reference site (cargo xtask export)

site-title = Mã phản hồi SMTP
site-description = Mọi mã phản hồi SMTP được định nghĩa trong các RFC: ý nghĩa của từng mã, khi nào bạn gặp mã đó, cách khắc phục và điểm khác biệt so với những mã dễ bị nhầm lẫn với nó.
label-languages = Ngôn ngữ
label-comparisons = So sánh
label-all-comparisons = Tất cả các bài so sánh
label-compare-with = So sánh với
label-home = Trang chủ
# $code is a reply code; the title of a code's page.
site-code-title = { $code } { $name }: mã phản hồi SMTP
# The description of the page that lists every comparison.
site-comparisons-description = So sánh từng cặp mã phản hồi SMTP: sự khác biệt chính và khi nào dùng mã nào.

## Titles

# $code is the reply code, $name its name.
show-title = { $code } { $name }
compare-title = { $a } so với { $b }: khác nhau ở điểm nào?

## Reply classes (first digit) and categories (second digit), RFC 5321 section 4.2.1

class-2 = Hoàn tất thành công
class-3 = Chấp nhận trung gian
class-4 = Lỗi tạm thời
class-5 = Lỗi vĩnh viễn
category-0 = Cú pháp
category-1 = Thông tin
category-2 = Kết nối
category-3 = Không xác định
category-4 = Không xác định
category-5 = Hệ thống thư

## Where a code is defined: the SMTP extension or specification

context-core = SMTP
context-auth = SMTP AUTH
context-starttls = STARTTLS
context-size = phần mở rộng SIZE
context-smtputf8 = Email quốc tế hóa (SMTPUTF8)
context-etrn = Kích hoạt hàng đợi từ xa (ETRN)
context-odmr = Chuyển tiếp thư theo yêu cầu (ATRN)

## Session phases in which a reply appears

phase-connection = Mở hoặc đóng kết nối
phase-any-command = Phản hồi cho mọi lệnh
phase-query = Lệnh truy vấn thông tin (HELP, VRFY, EXPN, NOOP)
phase-starttls = Thương lượng TLS (STARTTLS)
phase-auth = Xác thực (AUTH)
phase-transaction = Giao dịch thư (MAIL FROM, RCPT TO)
phase-data = Truyền nội dung thư (DATA)
phase-turn = Nhận thư đang chờ trong hàng đợi (ETRN, ATRN)

## Learn more

# A link to a section of an RFC; $rfc is a number such as 5321, $section a
# section number such as "4.2.3".
learn-more-rfc = RFC { $rfc }, mục { $section }

## The comparison of two codes
## $a and $b are the two codes, $name-a and $name-b their names.

compare-summary =
    { $same-class ->
        [yes]
            { $a } ({ $name-a }) và { $b } ({ $name-b }) đều là { $class-a ->
                [2] phản hồi thành công
                [3] phản hồi trung gian
                [4] lỗi tạm thời
               *[5] lỗi vĩnh viễn
            }, nên máy khách xử lý chúng theo cùng một cách. { $same-phase ->
                [yes] Chúng khác nhau ở nguyên nhân chứ không phải ở vị trí xuất hiện.
               *[no] Chúng khác nhau cả ở nguyên nhân lẫn vị trí xuất hiện trong phiên.
            }
       *[no]
            { $a } ({ $name-a }) là { $class-a ->
                [2] một phản hồi thành công
                [3] một phản hồi trung gian yêu cầu máy khách tiếp tục
                [4] một lỗi tạm thời
               *[5] một lỗi vĩnh viễn
            }, còn { $b } ({ $name-b }) là { $class-b ->
                [2] một phản hồi thành công
                [3] một phản hồi trung gian yêu cầu máy khách tiếp tục
                [4] một lỗi tạm thời
               *[5] một lỗi vĩnh viễn
            }, nên máy khách nào nhầm lẫn hai mã này sẽ xử lý thư sai cách.
    }

# The first digit and what it means for the client, including retries.
# $class-name-a and $class-name-b are the names of the classes.
compare-diff-class =
    { $same-class ->
        [yes]
            Cả hai mã đều thuộc nhóm { $class-a }yz ({ $class-name-a }): { $class-a ->
                [2] máy chủ đã thực hiện yêu cầu, không cần thử lại.
                [3] máy chủ đang chờ dòng tiếp theo từ máy khách, không cần thử lại.
                [4] máy khách giữ lại thư và thử gửi lại sau.
               *[5] máy khách không được lặp lại y nguyên yêu cầu đó.
            }
       *[no]
            { $a } thuộc nhóm { $class-a }yz ({ $class-name-a }), nghĩa là { $class-a ->
                [2] yêu cầu đã thành công
                [3] máy khách phải gửi thêm dữ liệu
                [4] máy khách giữ lại thư và thử lại sau
               *[5] máy khách ngừng thử và báo lỗi
            }; { $b } thuộc nhóm { $class-b }yz ({ $class-name-b }), nghĩa là { $class-b ->
                [2] yêu cầu đã thành công.
                [3] máy khách phải gửi thêm dữ liệu.
                [4] máy khách giữ lại thư và thử lại sau.
               *[5] máy khách ngừng thử và báo lỗi.
            }
    }

# The second digit. $category-name-a and $category-name-b are category names.
compare-diff-category =
    { $same-category ->
        [yes]
            Cả hai mã có cùng chữ số thứ hai là { $category-a } ({ $category-name-a }): { $category-a ->
                [0] mỗi mã đều báo lỗi cú pháp của một lệnh.
                [1] mỗi mã đều trả lời một yêu cầu thông tin.
                [2] mỗi mã đều liên quan đến kênh truyền.
                [3] với cả hai mã, RFC 5321 không quy định rõ loại sự cố.
               *[4] với cả hai mã, RFC 5321 không quy định rõ loại sự cố.
                [5] mỗi mã đều liên quan đến hệ thống thư, chẳng hạn hộp thư hoặc bản thân thư.
            }
       *[no]
            Chữ số thứ hai khác nhau: ở { $a } là { $category-a } ({ $category-name-a }), tức là mã này { $category-a ->
                [0] báo lỗi cú pháp của một lệnh
                [1] trả lời một yêu cầu thông tin
                [2] liên quan đến kênh truyền
                [3] không nêu rõ loại sự cố
               *[4] không nêu rõ loại sự cố
                [5] liên quan đến hệ thống thư, chẳng hạn hộp thư hoặc bản thân thư
            }; còn ở { $b } là { $category-b } ({ $category-name-b }), tức là mã đó { $category-b ->
                [0] báo lỗi cú pháp của một lệnh.
                [1] trả lời một yêu cầu thông tin.
                [2] liên quan đến kênh truyền.
                [3] không nêu rõ loại sự cố.
               *[4] không nêu rõ loại sự cố.
                [5] liên quan đến hệ thống thư, chẳng hạn hộp thư hoặc bản thân thư.
            }
    }

# Where in the session each code appears. $phase-a and $phase-b take the
# values connection, any-command, query, starttls, auth, transaction, data, turn.
compare-diff-phase =
    { $same-phase ->
        [yes]
            Cả hai đều xuất hiện trong cùng một giai đoạn của phiên: { $phase-a ->
                [connection] khi kết nối được mở hoặc đóng.
                [any-command] khi máy chủ trả lời bất kỳ lệnh nào.
                [query] khi máy chủ trả lời các lệnh truy vấn thông tin như HELP hoặc VRFY.
                [starttls] trong quá trình thương lượng STARTTLS.
                [auth] trong quá trình trao đổi AUTH.
                [transaction] trong giao dịch thư, khi máy chủ trả lời MAIL FROM hoặc RCPT TO.
                [data] trong quá trình truyền thư, khi máy chủ trả lời lệnh DATA hoặc dấu kết thúc thư.
               *[turn] khi máy khách dùng ETRN hoặc ATRN để yêu cầu nhận thư đang chờ trong hàng đợi.
            }
       *[no]
            { $a } xuất hiện { $phase-a ->
                [connection] khi kết nối được mở hoặc đóng
                [any-command] khi máy chủ trả lời bất kỳ lệnh nào
                [query] khi máy chủ trả lời các lệnh truy vấn thông tin như HELP hoặc VRFY
                [starttls] trong quá trình thương lượng STARTTLS
                [auth] trong quá trình trao đổi AUTH
                [transaction] trong giao dịch thư, khi máy chủ trả lời MAIL FROM hoặc RCPT TO
                [data] trong quá trình truyền thư, khi máy chủ trả lời lệnh DATA hoặc dấu kết thúc thư
               *[turn] khi máy khách dùng ETRN hoặc ATRN để yêu cầu nhận thư đang chờ trong hàng đợi
            }, trong khi { $b } xuất hiện { $phase-b ->
                [connection] khi kết nối được mở hoặc đóng.
                [any-command] khi máy chủ trả lời bất kỳ lệnh nào.
                [query] khi máy chủ trả lời các lệnh truy vấn thông tin như HELP hoặc VRFY.
                [starttls] trong quá trình thương lượng STARTTLS.
                [auth] trong quá trình trao đổi AUTH.
                [transaction] trong giao dịch thư, khi máy chủ trả lời MAIL FROM hoặc RCPT TO.
                [data] trong quá trình truyền thư, khi máy chủ trả lời lệnh DATA hoặc dấu kết thúc thư.
               *[turn] khi máy khách dùng ETRN hoặc ATRN để yêu cầu nhận thư đang chờ trong hàng đợi.
            }
    }

# Who has to act. $actor-a and $actor-b take the values none, client,
# client-operator, sender, server-operator.
compare-diff-actor =
    { $same-actor ->
        [yes]
            Với cả hai mã, { $actor-a ->
                [none] không ai cần làm gì: phản hồi báo thành công.
                [client] phần mềm máy khách tự xử lý mà không cần con người can thiệp.
                [client-operator] người cấu hình hoặc phát triển phần mềm máy khách phải điều chỉnh lại phần mềm đó.
                [sender] người gửi phải sửa thư hoặc địa chỉ gửi, nhận của thư.
               *[server-operator] người quản trị máy chủ đã gửi phản hồi phải khắc phục sự cố.
            }
       *[no]
            Sau { $a }, { $actor-a ->
                [none] không ai cần làm gì
                [client] phần mềm máy khách tự xử lý
                [client-operator] người cấu hình hoặc phát triển phần mềm máy khách phải điều chỉnh lại phần mềm đó
                [sender] người gửi phải sửa thư hoặc địa chỉ gửi, nhận của thư
               *[server-operator] người quản trị máy chủ đã gửi phản hồi phải khắc phục sự cố
            }; sau { $b }, { $actor-b ->
                [none] không ai cần làm gì.
                [client] phần mềm máy khách tự xử lý.
                [client-operator] người cấu hình hoặc phát triển phần mềm máy khách phải điều chỉnh lại phần mềm đó.
                [sender] người gửi phải sửa thư hoặc địa chỉ gửi, nhận của thư.
               *[server-operator] người quản trị máy chủ đã gửi phản hồi phải khắc phục sự cố.
            }
    }

# Which specification defines each code; shown only when they differ.
# $rfc-a and $rfc-b are RFC numbers, $context-a and $context-b context names.
# $extension says which of the two belongs to an SMTP extension: a, b, both
# or none.
compare-diff-source =
    { $a } được định nghĩa trong RFC { $rfc-a } ({ $context-a }), còn { $b } được định nghĩa trong RFC { $rfc-b } ({ $context-b }). { $extension ->
        [a] Chỉ máy chủ hỗ trợ { $context-a } mới gửi { $a } với ý nghĩa này.
        [b] Chỉ máy chủ hỗ trợ { $context-b } mới gửi { $b } với ý nghĩa này.
        [both] Mỗi mã chỉ xuất hiện ở máy chủ có hỗ trợ phần mở rộng định nghĩa mã đó.
       *[none] Cả hai đều thuộc giao thức SMTP cốt lõi, nên máy chủ nào cũng có thể gửi chúng.
    }

# Advice for choosing between the two codes.
compare-when-to-use =
    { $same-class ->
        [yes]
            Cả hai đều báo cho máy khách cùng một điều là { $class-a ->
                [2] yêu cầu đã thành công
                [3] cần tiếp tục gửi
                [4] cần thử lại sau
               *[5] cần dừng lại thay vì thử lại
            }, nên việc chọn mã tùy vào nguyên nhân: máy chủ trả về { $a } cho tình huống “{ $name-a }” và { $b } cho tình huống “{ $name-b }”, còn người đọc nên làm theo các bước trong mục “{ label-fix }” của mã thực sự nhận được.
       *[no]
            Máy chủ trả về { $a } khi { $class-a ->
                [2] đã thực hiện xong yêu cầu
                [3] cần thêm dữ liệu từ máy khách để hoàn tất
                [4] lỗi chỉ là tạm thời và gửi lại đúng yêu cầu đó sau này có thể thành công
               *[5] lỗi là vĩnh viễn và lặp lại yêu cầu cũng vô ích
            }, và trả về { $b } khi { $class-b ->
                [2] đã thực hiện xong yêu cầu.
                [3] cần thêm dữ liệu từ máy khách để hoàn tất.
                [4] lỗi chỉ là tạm thời và gửi lại đúng yêu cầu đó sau này có thể thành công.
               *[5] lỗi là vĩnh viễn và lặp lại yêu cầu cũng vô ích.
            }
    }

## Lists and counts

# $count is a number. Vietnamese has a single CLDR plural category, "other".
list-count =
    { $count ->
       *[other] { $count } mã phản hồi
    }
# $percent is a whole number from 0 to 100.
coverage-percent = { $percent }%

## Messages to the reader

# $code is what the reader typed, $nearest a list of known codes.
error-unknown-code = không nhận ra mã phản hồi { $code }; các mã đã biết gần nhất với mã này là { $nearest }
error-not-a-code = “{ $input }” không phải là mã phản hồi: mã phản hồi gồm ba chữ số, ví dụ 250 hoặc 451
compare-same-code = { $code } và { $code } là cùng một mã; hãy chạy “smtpkb show { $code }” để đọc về mã này.
# $requested is the language the reader asked for, $used the one shown.
warning-unknown-locale = không có bản dịch cho “{ $requested }”, đang hiển thị bằng { $used }
warning-shown-in-english = { $problem }; đang hiển thị bằng tiếng Anh
