### smtpkb interface text: section labels, class and category names, and the
### sentence frames of comparisons. English is the reference locale.
###
### Variables that hold reply codes ($code, $a, $b) are strings such as "451".
### $class-a, $class-b, $category-a and $category-b are numbers (the first and
### second digit of a code); the other selectors take the string values listed
### in each message's variants.
###
### Vietnamese translation. The terms used here are fixed in GLOSSARY.md
### (one Vietnamese term per concept), for example: reply code = mã phản hồi,
### client = máy khách, server = máy chủ, session = phiên, class = nhóm,
### category = loại, relay = trung chuyển, forward = chuyển tiếp.

# The name of this language, written in this language.
locale-name = Tiếng Việt

## Section labels

# The quotation marks around a server’s text quoted in plain text.
label-quote-open = “
label-quote-close = ”
# The note on a text whose translation is older than the English it
# translates.
label-stale = Bản tiếng Anh đã thay đổi kể từ khi đoạn này được dịch
label-description = Mô tả
label-when = Khi bạn thấy mã này
label-fix = Cách khắc phục
label-differences = Sự khác biệt chính
label-when-to-use = Khi nào dùng cái nào
label-learn-more = Tìm hiểu thêm
label-related = Mã liên quan
label-class = Nhóm
label-category = Loại
label-phases = Giai đoạn xuất hiện
label-commands = Phản hồi cho
label-any-command = mọi lệnh
# $commands is a list of SMTP commands, such as “EHLO, AUTH và QUIT”.
label-any-command-except = mọi lệnh ngoại trừ { $commands }
# Shown among the commands a code replies to, for the server’s greeting.
label-connect = việc mở kết nối
label-enhanced = Mã trạng thái mở rộng
label-defined-in = Được định nghĩa trong
label-usage-note = Ghi chú sử dụng
# The parts of “How to fix”, one for each reader who can act.
label-fix-sender = Dành cho người gửi
label-fix-admin = Dành cho quản trị viên máy chủ thư
label-fix-developer = Dành cho nhà phát triển phần mềm máy khách
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

class-1 = Phản hồi sơ bộ khẳng định
class-2 = Hoàn tất thành công
# RFC 5321 class name: a positive intermediate *reply*.
class-3 = Phản hồi trung gian khẳng định
class-4 = Lỗi tạm thời
class-5 = Lỗi vĩnh viễn
category-0 = Cú pháp
category-1 = Thông tin
category-2 = Kết nối
category-3 = Không xác định
category-4 = Không xác định
category-5 = Hệ thống thư

## Where a code is defined: the SMTP extension or specification
## Each context has a name, shown as a label, and a short name, used inside
## sentences.

context-core = SMTP
context-core-short = SMTP
context-auth = SMTP AUTH
context-auth-short = SMTP AUTH
context-starttls = STARTTLS
context-starttls-short = STARTTLS
context-size = phần mở rộng SIZE
context-size-short = SIZE
context-smtputf8 = Thư điện tử quốc tế hóa (SMTPUTF8)
context-smtputf8-short = SMTPUTF8
context-etrn = Kích hoạt hàng đợi từ xa (ETRN)
context-etrn-short = ETRN
context-odmr = Trung chuyển thư theo yêu cầu (ATRN)
context-odmr-short = ODMR
context-checkpoint = Tiếp tục truyền từ điểm kiểm tra (CHECKPOINT, thử nghiệm)
context-checkpoint-short = CHECKPOINT
context-null-mx = Null MX (tên miền không nhận thư)
context-null-mx-short = bản ghi null MX

## Session phases in which a reply appears
## Each phase has a name, shown as a label, and a phrase that completes
## “451 xuất hiện …” inside a sentence; phrases are joined into lists such as
## “khi máy khách khai báo người gửi cùng người nhận, trong quá trình truyền
## nội dung thư và khi phiên kết thúc bằng QUIT”.

phase-connection = Mở kết nối (lời chào)
phase-connection-phrase = khi kết nối được mở
phase-session = Lệnh điều khiển phiên (EHLO, HELO, RSET, NOOP)
phase-session-phrase = khi máy chủ trả lời các lệnh điều khiển phiên (EHLO, HELO, RSET, NOOP)
phase-starttls = Thương lượng TLS (STARTTLS)
phase-starttls-phrase = trong quá trình thương lượng STARTTLS
phase-auth = Xác thực (AUTH)
phase-auth-phrase = khi máy khách xác thực bằng AUTH
phase-transaction = Giao dịch thư (MAIL FROM, RCPT TO)
phase-transaction-phrase = khi máy khách khai báo người gửi cùng người nhận
phase-data = Truyền nội dung thư (DATA, BDAT)
phase-data-phrase = trong quá trình truyền nội dung thư
phase-query = Yêu cầu thông tin (HELP, VRFY, EXPN)
phase-query-phrase = khi máy chủ trả lời các yêu cầu thông tin
phase-turn = Nhận thư đang chờ trong hàng đợi (ETRN, ATRN)
phase-turn-phrase = khi máy khách yêu cầu lấy thư của mình đang chờ trong hàng đợi
phase-quit = Kết thúc phiên (QUIT)
phase-quit-phrase = khi phiên kết thúc bằng QUIT
phase-any-command = Mọi lệnh
phase-any-command-phrase = khi máy chủ trả lời bất kỳ lệnh nào

## Enhanced status codes (RFC 3463): the first number is the class, the
## second the subject; the detail codes are in enhanced.ftl.

label-subject = Chủ đề
label-associated = Mã phản hồi tương ứng
# A reply code that the registry associates with an enhanced code but that
# no RFC defines; $code is a reply code such as 523.
enhanced-undefined-code = { $code } (không RFC nào định nghĩa mã này)
# Shown when the registry names no reply code for an enhanced code.
enhanced-not-given = sổ đăng ký không nêu mã nào
enhanced-also-any = mọi mã phản hồi
enhanced-also-4xx = mọi mã phản hồi 4yz
enhanced-also-5xx = mọi mã phản hồi 5yz
# Marks an enhanced code that the registry deprecates.
label-deprecated = không nên dùng nữa

## The enhanced status codes of a reply code, in groups under a heading each.
## $code is a reply code such as 550, $class its first digit.

enhanced-named = Mã được sổ đăng ký gắn với { $code }
enhanced-wider = Dùng được với mọi mã phản hồi { $class }
enhanced-practice = Thường gặp cùng mã { $code }
# Marks a list of codes whose names are all shown in English because they
# are not translated yet.
label-fallback-names = tên mã chưa được dịch, đang hiển thị bằng tiếng Anh

## The list of enhanced status codes (smtpkb list --enhanced)

# $count is a number.
list-enhanced-count =
    { $count ->
       *[other] { $count } mã trạng thái mở rộng
    }
# $class is the class the reader asked for with --class, such as 3.
error-no-enhanced-class = sổ đăng ký không có mã trạng thái mở rộng nào thuộc nhóm { $class }

## The site's pages of enhanced status codes (cargo xtask export)

label-all-enhanced = Tất cả các mã trạng thái mở rộng
# $code is an enhanced status code such as 5.7.1, $name its name; the title
# of its page.
site-enhanced-title = { $code } { $name }: mã trạng thái mở rộng SMTP
# The description of the page that lists every enhanced status code.
site-enhanced-description = Mọi mã trạng thái mở rộng trong sổ đăng ký của IANA, theo chủ đề: ý nghĩa của từng mã, cách khắc phục nguyên nhân và các mã phản hồi tương ứng.

## The site's search, landing page, notices and page furniture
## (cargo xtask export). Codes in these texts (550, 5.7.1, 334) are
## written as they are, in ASCII digits.

# The label of the search box and of its button.
label-search = Tìm kiếm
# Shown inside the empty search box: what a reader can type.
site-search-placeholder = 550, 5.7.1, 334 451 hoặc từ khóa
# The heading of the search page.
site-search-title = Tìm kiếm trong tài liệu tra cứu này
# Under the search box on the search page: what it finds.
site-search-hint = Nhập một mã phản hồi (ví dụ 550), một mã trạng thái mở rộng (ví dụ 5.7.1 hoặc X.7.1), hai mã cần so sánh (ví dụ 334 451) hoặc từ khóa có trong các trang.
# $count is the number of pages found, 1 or more. Vietnamese has a single
# CLDR plural category, "other".
site-search-count =
    { $count ->
       *[other] Tìm thấy { $count } trang
    }
site-search-none = Không tìm thấy trang nào khớp với nội dung tìm kiếm này.
# Shown on the search page when the browser runs no JavaScript.
site-search-needs-script = Tính năng tìm kiếm chạy ngay trong trình duyệt của bạn nên cần có JavaScript. Khi không có JavaScript, mọi mã phản hồi vẫn được liệt kê ở trang chủ, còn mọi mã trạng thái mở rộng được liệt kê trong một danh sách riêng.
# The description of the search page.
site-search-description = Tìm kiếm các mã phản hồi SMTP và mã trạng thái mở rộng bằng cách nhập mã hoặc từ khóa.
# The kind of a page in the search results.
label-comparison = Bài so sánh
# The heading above the language picker of the landing page.
site-root-languages = Đọc tài liệu tra cứu này bằng ngôn ngữ của bạn
# The landing page: what the site is for, under its title.
site-root-about = Mỗi trang giải thích một mã hoặc so sánh hai mã: phản hồi có ý nghĩa gì, máy chủ gửi có thử gửi lại hay không, và người gửi cũng như quản trị viên máy chủ thư có thể làm gì. Mỗi thông tin đều ghi rõ nguồn là mục nào của RFC, và trang web vẫn dùng được khi không có mạng, chỉ cần mở các tệp ngay trên máy.
# The heading above the list of codes on the landing page and an index.
label-reply-codes = Các mã phản hồi
# A link that skips the header to the page's main text.
site-skip = Chuyển đến nội dung chính
# The control beside a heading that links to its section; a click copies
# the link.
site-copy-link = Sao chép liên kết đến mục này
# Said to screen-reader users once the link is copied.
site-link-copied = Đã sao chép liên kết
# The heading of the short table of contents of a comparison page.
site-on-this-page = Trong trang này
# The notice on a page with English parts. $percent is a whole number from
# 0 to 99: the share of the page's text that is translated.
site-notice-partial = Trang này chưa được dịch hết: { $percent }% nội dung đã được dịch sang tiếng Việt, phần còn lại đang hiển thị bằng tiếng Anh.
# A link from a partly translated page to the same page in English.
site-notice-english = Đọc toàn bộ trang bằng tiếng Anh
# A link to the translation file that holds the page's text, on a page in a
# language other than English.
site-edit-translation = Chỉnh sửa bản dịch này
# The same link on an English page, to the English text.
site-edit-source = Chỉnh sửa nội dung này
# The footer of every page. $version is the version of smtpkb, such as
# 0.4.0; $date the site's build day, written as 2026-12-01: the day of a
# reproducible build, or else the day the site's facts last changed.
site-footer = Được tạo bằng smtpkb { $version } vào ngày { $date }.
# The footer of every page when the site has no build day (see site-footer).
# $version is the version of smtpkb, such as 0.4.0.
site-footer-undated = Được tạo bằng smtpkb { $version }.
# The page shown for an address where the site has no page.
site-not-found-title = Không tìm thấy trang
site-not-found-text = Không có trang nào ở địa chỉ này. Hãy dùng ô tìm kiếm để tra mã bạn cần, hoặc bắt đầu từ danh sách các mã.

## Classes (RFC 3463, section 2)

enhanced-class-2-name = Thành công
enhanced-class-2-description = Mã có dạng 2.XXX.YYY báo rằng thao tác chuyển phát đã thành công (RFC 3463, mục 2). Phần chủ đề và phần chi tiết theo sau có thể cho biết việc chuyển phát đã cần đến một bước biến đổi thư, chẳng hạn như chuyển đổi nội dung.

enhanced-class-4-name = Lỗi tạm thời kéo dài
enhanced-class-4-description = Mã có dạng 4.XXX.YYY báo rằng thư ở dạng đã được gửi đi là hợp lệ, nhưng một tình trạng tạm thời đã kéo dài đến mức các lần thử gửi thư bị hoãn lại hoặc bị bỏ dở (RFC 3463, mục 2). Thư có thể được gửi thành công nếu thử gửi lại sau.

enhanced-class-5-name = Lỗi vĩnh viễn
enhanced-class-5-description = Mã có dạng 5.XXX.YYY báo một lỗi mà việc gửi lại thư y nguyên như hiện tại khó có thể khắc phục (RFC 3463, mục 2). Phải thay đổi thư hoặc đích đến của thư thì việc chuyển phát mới có thể thành công.

## Subjects (RFC 3463, section 2)

enhanced-subject-0-name = Trạng thái khác hoặc không xác định
enhanced-subject-0-description = Mã có dạng X.0.YYY không cho biết trạng thái bắt nguồn từ đâu (RFC 3463, mục 2). Chủ đề này chỉ có một mã chi tiết là X.0.0.

enhanced-subject-1-name = Trạng thái địa chỉ
enhanced-subject-1-description = Mã có dạng X.1.YYY báo có vấn đề ở địa chỉ người gửi hoặc ở địa chỉ của một người nhận, chẳng hạn như về cú pháp hay tính hợp lệ của địa chỉ đó (RFC 3463, mục 2). Người gửi thường có thể tự sửa những lỗi này rồi thử gửi lại.

enhanced-subject-2-name = Trạng thái hộp thư
enhanced-subject-2-description = Mã có dạng X.2.YYY báo rằng trạng thái bắt nguồn từ hộp thư của người nhận (RFC 3463, mục 2). Nhìn chung, các vấn đề về hộp thư được coi là thuộc quyền kiểm soát của người nhận.

enhanced-subject-3-name = Trạng thái hệ thống thư
enhanced-subject-3-description = Mã có dạng X.3.YYY báo rằng trạng thái bắt nguồn từ hệ thống thư đích (RFC 3463, mục 2). Nhìn chung, các vấn đề này được coi là thuộc quyền kiểm soát của quản trị viên hệ thống đích.

enhanced-subject-4-name = Trạng thái mạng và định tuyến
enhanced-subject-4-description = Mã có dạng X.4.YYY báo trạng thái của chính hệ thống chuyển phát, kể cả phần hạ tầng mà hệ thống đó cần đến, chẳng hạn như dịch vụ thư mục và dịch vụ định tuyến (RFC 3463, mục 2). Các vấn đề này được coi là thuộc quyền kiểm soát của quản trị viên ở hệ thống đích hoặc ở một hệ thống trung gian.

enhanced-subject-5-name = Trạng thái giao thức chuyển phát thư
enhanced-subject-5-description = Mã có dạng X.5.YYY báo các lỗi của giao thức dùng để chuyển phát thư, từ lỗi trong cách triển khai giao thức cho đến kết nối không ổn định (RFC 3463, mục 2).

enhanced-subject-6-name = Trạng thái nội dung thư hoặc kiểu nội dung
enhanced-subject-6-description = Mã có dạng X.6.YYY báo các lỗi liên quan đến nội dung thư, chẳng hạn như lỗi chuyển đổi, lỗi chuyển mã hoặc kiểu nội dung không được hỗ trợ (RFC 3463, mục 2). Các vấn đề này thuộc quyền kiểm soát của cả người gửi lẫn người nhận, vì cả hai đều phải hỗ trợ chung một tập hợp kiểu nội dung.

enhanced-subject-7-name = Trạng thái bảo mật hoặc chính sách
enhanced-subject-7-description = Mã có dạng X.7.YYY báo các lỗi liên quan đến chính sách, chẳng hạn như việc lọc theo từng người nhận hay theo từng máy (host), và các lỗi trong thao tác mật mã (RFC 3463, mục 2). Cả người gửi lẫn người nhận đều phải cho phép trao đổi thư với nhau, và phải thu xếp việc trao đổi các khóa và chứng chỉ mà việc trao đổi thư cần đến.

## Learn more

# A link to a section of an RFC; $rfc is a number such as 5321, $section a
# section number such as "4.2.3".
learn-more-rfc = { $rfc }, mục { $section }

## The comparison of two codes
## $a and $b are the two codes, $name-a and $name-b their names.

compare-summary =
    { $same-class ->
        [yes]
            { $a } ({ $name-a }) và { $b } ({ $name-b }) đều là { $class-a ->
                [2] phản hồi thành công, nên máy khách hiểu cả hai đều báo thành công
                [3] phản hồi trung gian, nên máy khách hiểu cả hai đều yêu cầu gửi tiếp
                [4] lỗi tạm thời, nên máy khách hiểu cả hai đều là lý do để thử lại sau
               *[5] lỗi vĩnh viễn, nên máy khách hiểu cả hai đều là lý do để không lặp lại y nguyên yêu cầu
            }. Điểm khác nhau nằm ở tình huống mà mỗi mã được gửi{ $phase-overlap ->
                [same] , chứ không nằm ở giai đoạn mà mã đó xuất hiện.
                [a-any] {" "}và ở giai đoạn của phiên mà mã đó xuất hiện.
                [b-any] {" "}và ở giai đoạn của phiên mà mã đó xuất hiện.
                [a-within-b] {" "}và ở giai đoạn của phiên mà mã đó xuất hiện.
                [b-within-a] {" "}và ở giai đoạn của phiên mà mã đó xuất hiện.
                [partial] {" "}và ở giai đoạn của phiên mà mã đó xuất hiện.
               *[none] {" "}và ở giai đoạn của phiên mà mã đó xuất hiện.
            }
       *[no]
            { $a } ({ $name-a }) là { $class-a ->
                [2] một phản hồi thành công
                [3] một phản hồi trung gian yêu cầu máy khách gửi tiếp
                [4] một lỗi tạm thời
               *[5] một lỗi vĩnh viễn
            }, còn { $b } ({ $name-b }) là { $class-b ->
                [2] một phản hồi thành công
                [3] một phản hồi trung gian yêu cầu máy khách gửi tiếp
                [4] một lỗi tạm thời
               *[5] một lỗi vĩnh viễn
            }, nên máy khách nào nhầm lẫn hai mã này sẽ thực hiện sai bước tiếp theo.
    }

# The first digit and what it means for the client, including retries.
# $class-name-a and $class-name-b are the names of the classes.
# $message-a and $message-b say whether the code concerns a message (it
# answers MAIL, RCPT, DATA or BDAT): yes or no.
compare-diff-class =
    { $same-class ->
        [yes]
            Cả hai mã đều thuộc nhóm { $class-yz-a } ({ $class-name-a }): { $class-a ->
                [2] máy chủ đã thực hiện yêu cầu, và không có gì phải thử lại.
                [3] máy chủ đang chờ dòng tiếp theo từ máy khách, và không có gì phải thử lại.
                [4] yêu cầu có thể thành công nếu máy khách gửi lại yêu cầu đó sau.
               *[5] máy khách không được lặp lại y nguyên yêu cầu đó.
            }
       *[no]
            { $a } thuộc nhóm { $class-yz-a } ({ $class-name-a }), nghĩa là { $class-a ->
                [2] yêu cầu đã thành công
                [3] máy khách phải gửi thêm dữ liệu
                [4] { $message-a ->
                    [yes] máy khách giữ lại thư và thử gửi lại sau
                   *[no] máy khách có thể gửi lại yêu cầu đó sau
                }
               *[5] máy khách không được lặp lại y nguyên yêu cầu đó
            }; { $b } thuộc nhóm { $class-yz-b } ({ $class-name-b }), nghĩa là { $class-b ->
                [2] yêu cầu đã thành công.
                [3] máy khách phải gửi thêm dữ liệu.
                [4] { $message-b ->
                    [yes] máy khách giữ lại thư và thử gửi lại sau.
                   *[no] máy khách có thể gửi lại yêu cầu đó sau.
                }
               *[5] máy khách không được lặp lại y nguyên yêu cầu đó.
            }
    }

# The second digit: $category-a and $category-b are 0 to 5, and each value
# has its own variant (3 and 4 read the same). $category-name-a and
# $category-name-b are category names. RFC 5321 section 4.2.1 gives the
# meanings.
compare-diff-category =
    { $same-category ->
        [yes]
            Cả hai mã có cùng chữ số thứ hai là { $category-a } ({ $category-name-a }): { $category-a ->
                [0] mỗi mã đều liên quan đến cú pháp của một lệnh, hoặc đến một lệnh chưa được triển khai hay không thuộc loại nào khác.
                [1] mỗi mã đều trả lời một yêu cầu thông tin.
                [2] mỗi mã đều liên quan đến kênh truyền.
                [3] ở cả hai mã, chữ số thứ hai không xếp phản hồi vào loại cụ thể nào.
               *[4] ở cả hai mã, chữ số thứ hai không xếp phản hồi vào loại cụ thể nào.
                [5] mỗi mã đều báo tình trạng của hệ thống thư đối với thao tác được yêu cầu.
            }
       *[no]
            Chữ số thứ hai khác nhau: ở { $a } là { $category-a } ({ $category-name-a }), tức là mã này { $category-a ->
                [0] liên quan đến cú pháp của một lệnh, hoặc đến một lệnh chưa được triển khai hay không thuộc loại nào khác
                [1] trả lời một yêu cầu thông tin
                [2] liên quan đến kênh truyền
                [3] không được xếp vào loại cụ thể nào
               *[4] không được xếp vào loại cụ thể nào
                [5] báo tình trạng của hệ thống thư đối với thao tác được yêu cầu
            }; còn ở { $b } là { $category-b } ({ $category-name-b }), tức là mã đó { $category-b ->
                [0] liên quan đến cú pháp của một lệnh, hoặc đến một lệnh chưa được triển khai hay không thuộc loại nào khác.
                [1] trả lời một yêu cầu thông tin.
                [2] liên quan đến kênh truyền.
                [3] không được xếp vào loại cụ thể nào.
               *[4] không được xếp vào loại cụ thể nào.
                [5] báo tình trạng của hệ thống thư đối với thao tác được yêu cầu.
            }
    }

# Where in the session each code appears. The $phases-… variables are
# lists of the phrases of the phase-…-phrase messages, each starting with
# the phase the code mainly appears in: $phases-a and $phases-b all the
# phases of each code, $phases-shared those both have, $phases-only-a and
# $phases-only-b those only one has. $phase-overlap says how the phases
# overlap: a-any ($a can answer any command, $b cannot), b-any, same,
# a-within-b (all of $a’s are also $b’s), b-within-a, partial (some shared,
# and each has others) or none.
compare-diff-phase =
    { $phase-overlap ->
        [a-any] { $a } có thể là phản hồi cho bất kỳ lệnh nào, nên có thể xuất hiện ở mọi chỗ mà { $b } xuất hiện: { $phases-b }.
        [b-any] { $b } có thể là phản hồi cho bất kỳ lệnh nào, nên có thể xuất hiện ở mọi chỗ mà { $a } xuất hiện: { $phases-a }.
        [same] Cả hai mã đều xuất hiện ở cùng những giai đoạn của phiên: { $phases-shared }.
        [a-within-b] { $b } xuất hiện ở mọi chỗ mà { $a } xuất hiện ({ $phases-shared }), và còn xuất hiện { $phases-only-b }.
        [b-within-a] { $a } xuất hiện ở mọi chỗ mà { $b } xuất hiện ({ $phases-shared }), và còn xuất hiện { $phases-only-a }.
        [partial] Cả hai mã đều có thể xuất hiện { $phases-shared }; ngoài ra, chỉ { $a } xuất hiện { $phases-only-a }, và chỉ { $b } xuất hiện { $phases-only-b }.
       *[none] { $a } xuất hiện { $phases-a }, trong khi { $b } xuất hiện { $phases-b }.
    }

# Who has to act. $actor-a and $actor-b take the values none, client,
# client-operator, sender, server-operator.
compare-diff-actor =
    { $same-actor ->
        [yes]
            Với cả hai mã, { $actor-a ->
                [none] không ai cần làm gì: phản hồi báo thành công.
                [client] phần mềm máy khách tự xử lý mà không cần con người can thiệp.
                [client-operator] người cấu hình hoặc phát triển phần mềm máy khách phải sửa thiết lập hoặc mã nguồn của phần mềm đó.
                [sender] người gửi phải sửa lại thư, hoặc sửa địa chỉ người gửi hay người nhận của thư.
               *[server-operator] quản trị viên của máy chủ đã gửi phản hồi phải khắc phục sự cố.
            }
       *[no]
            Sau { $a }, { $actor-a ->
                [none] không ai cần làm gì
                [client] phần mềm máy khách tự xử lý
                [client-operator] người cấu hình hoặc phát triển phần mềm máy khách phải sửa thiết lập hoặc mã nguồn của phần mềm đó
                [sender] người gửi phải sửa lại thư, hoặc sửa địa chỉ người gửi hay người nhận của thư
               *[server-operator] quản trị viên của máy chủ đã gửi phản hồi phải khắc phục sự cố
            }; sau { $b }, { $actor-b ->
                [none] không ai cần làm gì.
                [client] phần mềm máy khách tự xử lý.
                [client-operator] người cấu hình hoặc phát triển phần mềm máy khách phải sửa thiết lập hoặc mã nguồn của phần mềm đó.
                [sender] người gửi phải sửa lại thư, hoặc sửa địa chỉ người gửi hay người nhận của thư.
               *[server-operator] quản trị viên của máy chủ đã gửi phản hồi phải khắc phục sự cố.
            }
    }

# One specification that defines a code, inside a list: $rfc is an RFC
# number, $context the short name of a context.
compare-source = { $rfc } ({ $context })

# Which specifications define each code; shown only when they differ.
# $sources-a and $sources-b are lists of compare-source texts.
# $extension says which of the two is defined by SMTP extensions only: a,
# b, both or none. $offers-a and $offers-b list those extensions’ short
# names, joined with “hoặc”.
compare-diff-source =
    { $a } được định nghĩa trong { $sources-a }, còn { $b } được định nghĩa trong { $sources-b }. { $extension ->
        [a] Chỉ máy chủ có hỗ trợ { $offers-a } mới gửi { $a }.
        [b] Chỉ máy chủ có hỗ trợ { $offers-b } mới gửi { $b }.
        [both] Mỗi mã chỉ được gửi từ máy chủ có hỗ trợ phần mở rộng định nghĩa mã đó.
       *[none] Cả hai mã đều thuộc chính giao thức SMTP, nên máy chủ nào cũng có thể gửi chúng.
    }

# Advice for choosing between the two codes; label-fix is the section
# label “How to fix”.
compare-when-to-use =
    { $same-class ->
        [yes]
            Cả hai đều báo cho máy khách rằng { $class-a ->
                [2] yêu cầu đã thành công
                [3] cần gửi tiếp
                [4] nên thử lại sau
               *[5] nên dừng lại thay vì lặp lại y nguyên yêu cầu
            }, nên điều phân biệt hai mã là nguyên nhân: máy chủ gửi { $a } ({ $name-a }) trong một tình huống và gửi { $b } ({ $name-b }) trong một tình huống khác. Hãy làm theo các bước trong mục “{ label-fix }” của mã mà bạn thực sự nhận được.
       *[no]
            Máy chủ gửi { $a } khi { $class-a ->
                [2] đã thực hiện xong yêu cầu
                [3] cần thêm dữ liệu từ máy khách để hoàn tất
                [4] lỗi chỉ là tạm thời và gửi lại đúng yêu cầu đó sau có thể thành công
               *[5] lỗi là vĩnh viễn và lặp lại y nguyên yêu cầu cũng không giúp được gì
            }, và gửi { $b } khi { $class-b ->
                [2] đã thực hiện xong yêu cầu.
                [3] cần thêm dữ liệu từ máy khách để hoàn tất.
                [4] lỗi chỉ là tạm thời và gửi lại đúng yêu cầu đó sau có thể thành công.
               *[5] lỗi là vĩnh viễn và lặp lại y nguyên yêu cầu cũng không giúp được gì.
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
error-not-a-code = “{ $input }” không phải là mã phản hồi: mã phản hồi gồm ba chữ số, ví dụ 250 hoặc 451, còn mã trạng thái mở rộng gồm ba số, ví dụ 5.7.1 hoặc X.7.1
# $code is an enhanced status code as the reader typed it, such as 5.9.1.
error-unknown-enhanced = không nhận ra mã trạng thái mở rộng { $code }: sổ đăng ký không có mã này
compare-same-code = { $code } và { $code } là cùng một mã; hãy chạy “smtpkb show { $code }” để đọc về mã này.
# $requested is the language the reader asked for, $used the one shown.
warning-unknown-locale = không có bản dịch cho “{ $requested }”, đang hiển thị bằng { $used }
# $problem describes, in English, a translation that failed to format.
warning-shown-in-english = { $problem }; đang hiển thị bằng tiếng Anh

## smtpkb explain: what a server’s reply means
##
## $code is a reply code as found, such as "550"; $enhanced an enhanced status
## code as found, such as "5.7.1"; $name the localized name of either. The
## server’s own text is never passed to these messages: it is shown apart,
## as sent.

label-reply-code = Mã phản hồi
label-status-code = Mã trạng thái mở rộng
label-server-text = Nội dung phản hồi của máy chủ
# Beside the server’s text, which is shown exactly as the server sent it.
label-server-text-note = nguyên văn, không dịch
label-retry = Thử lại
label-actor = Ai cần xử lý
label-explanation = Giải thích
label-warnings = Cảnh báo
label-replies = Các phản hồi tìm thấy
# $reply is the codes as found, such as “550 5.7.1”.
explain-title = Ý nghĩa của { $reply }
# The heading of one reply of a log; $line is its line number.
explain-record = Dòng { $line }
explain-reply = Máy chủ đã trả lời bằng mã { $code }, “{ $name }”.
# $class is the class of the code, such as “5yz”, and $class-name its name.
explain-reply-undefined = Máy chủ đã trả lời bằng mã { $code }, một mã mà không RFC nào định nghĩa: ý nghĩa của mã này tùy thuộc vào phần mềm của máy chủ. Theo chữ số đầu tiên, mã này thuộc nhóm { $class }, “{ $class-name }”.
# $subject is the subject of the code, such as “X.7.YYY”.
explain-status = Mã trạng thái mở rộng { $enhanced } có nghĩa là “{ $name }”; mã này thuộc chủ đề { $subject }, “{ $subject-name }”.
explain-status-unregistered = Sổ đăng ký các mã trạng thái mở rộng không có mã { $enhanced }: đây là mã do phần mềm của máy chủ tự định nghĩa, thuộc chủ đề { $subject }, “{ $subject-name }”.
explain-status-unknown-subject = Sổ đăng ký các mã trạng thái mở rộng không có mã { $enhanced }, và RFC 3463 cũng không định nghĩa chủ đề { $subject }: mã này do phần mềm của máy chủ tự định nghĩa.
explain-status-from-wrapper = Bản thân phản hồi này không có mã trạng thái mở rộng; mã { $enhanced } được lấy từ phản hồi bao ngoài trích dẫn nó.
explain-status-from-input = Bản thân phản hồi này không có mã trạng thái mở rộng; mã { $enhanced } được lấy từ một chỗ khác trong văn bản, chẳng hạn từ trường “Status” của một thông báo trạng thái chuyển phát (DSN).
explain-status-only = Văn bản không chứa mã phản hồi nào mà chỉ có mã trạng thái mở rộng { $enhanced }, đúng như cách các thông báo trạng thái chuyển phát (DSN) và nhật ký thư thường ghi.
# $outer is the reply of the server that passed on $inner, the reply of
# another server.
explain-nested = { $outer } là phản hồi bao ngoài của một máy chủ đã trích dẫn phản hồi của một máy chủ khác; phần giải thích ở đây dành cho phản hồi bên trong đó, { $inner }.
explain-retry-completion = Không cần thử lại: phản hồi báo thành công.
explain-retry-intermediate = Không cần thử lại: máy chủ đã chấp nhận lệnh và đang chờ máy khách gửi tiếp.
explain-retry-transient = Đây chỉ là lỗi tạm thời, nên máy chủ gửi giữ thư trong hàng đợi và tự động thử gửi lại nhiều lần, thường cách nhau ít nhất 30 phút, rồi ngừng thử sau vài ngày, thường là bốn hoặc năm ngày (RFC 5321, mục 4.5.4.1); chỉ khi đó thư mới bị trả về cho người gửi dưới dạng thư báo không chuyển phát được.
explain-retry-permanent = Đây là lỗi vĩnh viễn, nên máy chủ gửi không thử gửi lại mà trả thư về cho người gửi; có gửi lại y nguyên thư đó thì cũng thất bại như cũ: phải khắc phục nguyên nhân trước đã.
explain-actor-none = Không ai cả: không có gì trục trặc.
explain-actor-client = Phần mềm máy khách tự xử lý: phản hồi này chỉ là một bước của giao thức.
explain-actor-client-operator = Người cấu hình hoặc phát triển phần mềm máy khách.
explain-actor-sender = Người gửi thư, hoặc quản trị viên của máy chủ gửi khi nguyên nhân nằm ở máy chủ đó.
explain-actor-server-operator = Quản trị viên của máy chủ đã gửi phản hồi; người gửi chỉ có thể báo sự cố cho họ.
# $class is the reply’s class, such as “5yz”; $status-class the enhanced
# code’s, such as “4.XXX.YYY”.
warning-class-mismatch = mã trạng thái mở rộng { $enhanced } thuộc nhóm { $status-class }, nhưng mã phản hồi { $code } lại thuộc nhóm { $class }; chính mã phản hồi mới quyết định máy khách làm gì
warning-code-changed = có dòng tiếp nối mang mã { $continuation }, còn dòng cuối mang mã { $final }; mọi dòng của một phản hồi phải mang cùng một mã (RFC 5321, mục 4.2.1), và mã được dùng ở đây là mã của dòng cuối
warning-unfinished = văn bản chỉ chứa những dòng đầu của một phản hồi nhiều dòng (mỗi dòng đều có dấu gạch nối ngay sau mã { $code }): thiếu dòng cuối, nên nội dung phản hồi của máy chủ có thể bị cắt mất một phần
warning-not-utf8 = văn bản không phải là UTF-8 hợp lệ; các byte không hợp lệ đã được thay bằng “�”
warning-several-replies = văn bản chứa { $count } phản hồi, như trong bản ghi của một phiên; phần giải thích dành cho phản hồi cuối cùng, { $code }
error-no-reply = không tìm thấy phản hồi SMTP nào: văn bản không chứa mã phản hồi nào (ví dụ 550), cũng không chứa mã trạng thái mở rộng nào (ví dụ 5.7.1)
