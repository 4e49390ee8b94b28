### smtpkb interface text: section labels, class and category names, and the
### sentence frames of comparisons. Arabic translation of the English
### reference locale; the terms follow GLOSSARY.md in this folder.
###
### Variables that hold reply codes ($code, $a, $b) are strings such as "451".
### $class-a, $class-b, $category-a and $category-b are numbers (the first and
### second digit of a code); the other selectors take the string values listed
### in each message's variants.
###
### Direction: a variable never holds part of a token (a class comes whole as
### “4yz”, an RFC as “RFC 4954”), and the HTML pages isolate each placeable
### whose text runs left to right, so a frame needs no direction mark around
### a placeable. { "\u200E" } (LEFT-TO-RIGHT MARK) may stand before a Latin
### token that starts with a digit (“4yz”, “2.XXX.YYY”), for terminals that
### lay text out by the Unicode bidi algorithm. Never put one inside a
### command that the reader may copy, such as “smtpkb show 451”.

# The name of this language, written in this language.
locale-name = العربية

## Section labels

# The quotation marks around a server’s text quoted in plain text.
label-quote-open = «
label-quote-close = »
# The note on a text whose translation is older than the English it
# translates.
label-stale = تغيّر النص الإنجليزي بعد ترجمة هذا الجزء
label-description = الوصف
label-when = متى تراه
label-fix = كيفية الإصلاح
label-differences = الفروق الرئيسية
label-when-to-use = متى تستخدم أيًا منهما
label-learn-more = اعرف المزيد
label-related = رموز ذات صلة
label-class = الفئة
label-category = الفئة الفرعية
label-phases = يظهر أثناء
label-commands = ردًّا على
label-any-command = أي أمر
# $commands is a list of SMTP commands, such as “EHLO, AUTH and QUIT”.
label-any-command-except = أي أمر باستثناء { $commands }
# Shown among the commands a code replies to, for the server’s greeting.
label-connect = فتح الاتصال
label-enhanced = رموز الحالة المحسّنة
label-defined-in = معرَّف في
label-usage-note = ملاحظة حول الاستخدام
# The parts of “How to fix”, one for each reader who can act.
label-fix-sender = للمرسل
label-fix-admin = لمسؤول خادم البريد
label-fix-developer = لمطوّر برنامج العميل
label-code = الرمز
label-name = الاسم
# Heads a column of language tags (ar, en, tr, vi).
label-locale = رمز اللغة
label-language = اللغة
label-interface = الواجهة
label-code-text = نصوص الرموز
# Marks a section that is shown in English because it is not translated yet.
label-fallback = لم يُترجَم بعد، ويُعرض بالإنجليزية
label-error = خطأ
label-warning = تحذير
# Separates the items of a list, such as the phases a code appears in;
# the quotes keep the space after the mark.
separator-list = { "؛ " }
# Separates short items, such as SMTP commands or codes.
separator-items = { "، " }

## The reference site (cargo xtask export)

site-title = رموز الرد في SMTP
site-description = جميع رموز الرد في SMTP المعرَّفة في وثائق RFC: معنى كل رمز، ومتى تراه، وكيفية الإصلاح، وما يميّزه عن الرموز التي يُخلط بينه وبينها.
label-languages = اللغات
label-comparisons = المقارنات
label-all-comparisons = جميع المقارنات
label-compare-with = مقارنة مع
label-home = الصفحة الرئيسية
# $code is a reply code; the title of a code's page.
site-code-title = { $code } { $name }: رمز رد في SMTP
# The description of the page that lists every comparison.
site-comparisons-description = مقارنة بين كل زوج من رموز الرد في SMTP: الفروق الرئيسية بينهما، ومتى يُستخدم كلٌّ منهما.

## Titles

# $code is the reply code, $name its name.
show-title = { $code } { $name }
compare-title = { $a } مقابل { $b }: ما الفرق بينهما؟

## Reply classes (first digit) and categories (second digit), RFC 5321 section 4.2.1

class-1 = رد إيجابي أولي
class-2 = إتمام إيجابي
# RFC 5321 class name: a positive intermediate *reply*.
class-3 = رد إيجابي وسيط
class-4 = إتمام سلبي مؤقت
class-5 = إتمام سلبي دائم
category-0 = بناء الجملة
category-1 = المعلومات
category-2 = الاتصالات
category-3 = غير محدد
category-4 = غير محدد
category-5 = نظام البريد

## Where a code is defined: the SMTP extension or specification
## Each context has a name, shown as a label, and a short name, used inside
## sentences.

context-core = SMTP
context-core-short = SMTP
context-auth = SMTP AUTH
context-auth-short = SMTP AUTH
context-starttls = STARTTLS
context-starttls-short = STARTTLS
context-size = امتداد SIZE
context-size-short = SIZE
context-smtputf8 = البريد الإلكتروني المدوَّل (SMTPUTF8)
context-smtputf8-short = SMTPUTF8
context-etrn = بدء معالجة قائمة الانتظار عن بُعد (ETRN)
context-etrn-short = ETRN
context-odmr = ترحيل البريد عند الطلب (ATRN)
context-odmr-short = ODMR
context-checkpoint = الاستئناف من نقطة التوقف (CHECKPOINT، تجريبي)
context-checkpoint-short = CHECKPOINT
context-null-mx = سجل null MX (للنطاقات التي لا تقبل أي بريد)
context-null-mx-short = سجل null MX

## Session phases in which a reply appears
## Each phase has a name, shown as a label, and a phrase that completes
## “451 appears …” inside a sentence; phrases are joined into lists such as
## “while the sender and recipients are given and during message transfer”.
## Arabic lists join items with “و” attached to the next item (“X وY وZ”),
## so each phrase is an adverbial that reads after “يظهر الرمز 451”.

phase-connection = فتح الاتصال (رد الترحيب)
phase-connection-phrase = عند فتح الاتصال
phase-session = أوامر الجلسة (EHLO، HELO، RSET، NOOP)
phase-session-phrase = ردًّا على أوامر الجلسة (EHLO، HELO، RSET، NOOP)
phase-starttls = التفاوض على TLS (STARTTLS)
phase-starttls-phrase = أثناء التفاوض على TLS بالأمر STARTTLS
phase-auth = المصادقة (AUTH)
phase-auth-phrase = عندما يُجري العميل المصادقة بالأمر AUTH
phase-transaction = معاملة البريد (MAIL FROM، RCPT TO)
phase-transaction-phrase = أثناء تحديد المرسل والمستلمين
phase-data = نقل الرسالة (DATA، BDAT)
phase-data-phrase = أثناء نقل الرسالة
phase-query = طلبات المعلومات (HELP، VRFY، EXPN)
phase-query-phrase = ردًّا على طلبات المعلومات
phase-turn = جلب البريد من قائمة الانتظار (ETRN، ATRN)
phase-turn-phrase = عندما يطلب العميل البريد المحفوظ له في قائمة الانتظار
phase-quit = إنهاء الجلسة (QUIT)
phase-quit-phrase = عند إنهاء الجلسة بالأمر QUIT
phase-any-command = أي أمر
phase-any-command-phrase = ردًّا على أي أمر

## Enhanced status codes (RFC 3463): the first number is the class, the
## second the subject; the detail codes are in enhanced.ftl.
## The class keeps the label الفئة, but its names are not those of the reply
## classes (4.XXX.YYY is فشل مؤقت مستمر, 4yz is إتمام سلبي مؤقت); the subject
## is الموضوع, never الفئة الفرعية. An enhanced code that begins with a digit
## (2.XXX.YYY, 5.7.1) and the class notation 4yz follow { "\u200E" }; X.7.1
## begins with a Latin letter and needs no mark.

label-subject = الموضوع
label-associated = رموز الرد المرتبطة
# A reply code that the registry associates with an enhanced code but that
# no RFC defines; $code is a reply code such as 523.
enhanced-undefined-code = { $code } (لا يعرّفه أي RFC)
# Shown when the registry names no reply code for an enhanced code.
enhanced-not-given = لا يذكر سجل IANA أي رمز
enhanced-also-any = أي رمز رد
enhanced-also-4xx = أي رمز رد من الفئة { "\u200E" }4yz
enhanced-also-5xx = أي رمز رد من الفئة { "\u200E" }5yz
# Marks an enhanced code that the registry deprecates.
label-deprecated = مُهمَل

## The enhanced status codes of a reply code, in groups under a heading each.
## $code is a reply code such as 550, $class its first digit.

enhanced-named = رموز يربطها سجل IANA بالرمز { $code }
enhanced-wider = رموز مسموح بها مع أي رمز رد من الفئة { $class }
enhanced-practice = رموز يكثر ظهورها مع الرمز { $code }
# Marks a list of codes whose names are all shown in English because they
# are not translated yet.
label-fallback-names = لم تُترجَم الأسماء بعد، وتُعرض بالإنجليزية

## The list of enhanced status codes (smtpkb list --enhanced)

# $count is a number. Arabic uses all six CLDR plural categories.
list-enhanced-count =
    { $count ->
        [zero] لا توجد رموز حالة محسّنة
        [one] رمز حالة محسّن واحد
        [two] رمزا حالة محسّنان
        [few] { $count } رموز حالة محسّنة
        [many] { $count } رمز حالة محسّنًا
       *[other] { $count } رمز حالة محسّن
    }
# $class is the class the reader asked for with --class, such as 3.
error-no-enhanced-class = لا يحتوي سجل IANA على رموز حالة محسّنة من الفئة { $class }

## The site's pages of enhanced status codes (cargo xtask export)

label-all-enhanced = جميع رموز الحالة المحسّنة
# $code is an enhanced status code such as 5.7.1, $name its name; the title
# of its page.
site-enhanced-title = { $code } { $name }: رمز حالة محسّن في SMTP
# The description of the page that lists every enhanced status code.
site-enhanced-description = جميع رموز الحالة المحسّنة في سجل IANA، مرتّبةً حسب الموضوع: معنى كل رمز، وكيفية إصلاح سببه، ورموز الرد المرتبطة به.

## The site's search, landing page, notices and page furniture
## (cargo xtask export). Codes in these texts (550, 5.7.1, 334) are
## written as they are, in ASCII digits. An enhanced code that begins with a
## digit (5.7.1) follows { "\u200E" }, as elsewhere in this file; X.7.1 needs
## none. The percent sign is %, after the number with no space, as in
## coverage-percent (“{ $percent }%”).

# The label of the search box and of its button.
label-search = بحث
# Shown inside the empty search box: what a reader can type.
site-search-placeholder = 550، { "\u200E" }5.7.1، 334 451 أو كلمة
# The heading of the search page.
site-search-title = البحث في المرجع
# Under the search box on the search page: what it finds.
site-search-hint = اكتب رمز رد مثل 550، أو رمز حالة محسّنًا مثل { "\u200E" }5.7.1 أو X.7.1، أو رمزين للمقارنة بينهما مثل 334 451، أو كلمات وردت في الصفحات.
# $count is the number of pages found, 1 or more. Arabic uses all six CLDR
# plural categories.
site-search-count =
    { $count ->
        [zero] لم يُعثر على أي صفحة
        [one] عُثر على صفحة واحدة
        [two] عُثر على صفحتين
        [few] عُثر على { $count } صفحات
        [many] عُثر على { $count } صفحة
       *[other] عُثر على { $count } صفحة
    }
site-search-none = لا توجد أي صفحة تطابق هذا البحث.
# Shown on the search page when the browser runs no JavaScript.
site-search-needs-script = يعمل البحث داخل متصفحك ويحتاج إلى JavaScript. ومن دون JavaScript، تجد جميع رموز الرد مُدرجةً في الصفحة الرئيسية، وجميع رموز الحالة المحسّنة في قائمة خاصة بها.
# The description of the search page.
site-search-description = ابحث في رموز الرد في SMTP ورموز الحالة المحسّنة بالرمز أو بكلمة.
# The kind of a page in the search results. Definite, as the other two
# kinds shown beside it are: label-reply-code and label-status-code.
label-comparison = المقارنة
# The heading above the language picker of the landing page.
site-root-languages = اقرأ هذا المرجع بلغتك
# The landing page: what the site is for, under its title.
site-root-about = تشرح كل صفحة رمزًا واحدًا أو تقارن بين رمزين: معنى الرد، وهل يعيد الخادم المرسِل المحاولة، وما يمكن أن يفعله المرسل ومسؤول خادم البريد. ويُذكر مع كل معلومة قسمُ RFC الذي أُخذت منه، ويعمل الموقع دون اتصال بالإنترنت، بفتح ملفاته من القرص مباشرةً.
# The heading above the list of codes on the landing page and an index.
label-reply-codes = رموز الرد
# A link that skips the header to the page's main text.
site-skip = انتقل إلى النص الرئيسي
# The control beside a heading that links to its section; a click copies
# the link.
site-copy-link = انسخ رابط هذا القسم
# Said to screen-reader users once the link is copied.
site-link-copied = تم نسخ الرابط
# The heading of the short table of contents of a comparison page.
site-on-this-page = في هذه الصفحة
# The notice on a page with English parts. $percent is a whole number from
# 0 to 99: the share of the page's text that is translated.
site-notice-partial = لم تكتمل ترجمة هذه الصفحة بعد: تُرجم { $percent }% من نصها إلى العربية، ويُعرض الباقي بالإنجليزية.
# A link from a partly translated page to the same page in English.
site-notice-english = اقرأ الصفحة كاملةً بالإنجليزية
# A link to the translation file that holds the page's text, on a page in a
# language other than English.
site-edit-translation = عدّل هذه الترجمة
# The same link on an English page, to the English text.
site-edit-source = عدّل هذا النص
# The footer of every page. $version is the version of smtpkb, such as
# 0.4.0; $date the site's build day, written as 2026-12-01: the day of a
# reproducible build, or else the day the site's facts last changed.
site-footer = أُنشئ باستخدام smtpkb { $version } بتاريخ { $date }.
# The footer of every page when the site has no build day (see site-footer).
# $version is the version of smtpkb, such as 0.4.0.
site-footer-undated = أُنشئ باستخدام smtpkb { $version }.
# The page shown for an address where the site has no page.
site-not-found-title = الصفحة غير موجودة
site-not-found-text = لا يحتوي هذا الموقع على صفحة بهذا العنوان. ابحث عن الرمز باستخدام مربع البحث، أو ابدأ من قائمة الرموز.

## Classes (RFC 3463, section 2)

enhanced-class-2-name = نجاح
enhanced-class-2-description = يدل الرمز من الشكل { "\u200E" }2.XXX.YYY على أن إجراء التسليم قد نجح (RFC 3463، القسم 2). ويمكن أن يدل الموضوع والتفصيل اللذان يليان الرقم 2 على تعديل اقتضاه التسليم، كتحويل المحتوى.

enhanced-class-4-name = فشل مؤقت مستمر
enhanced-class-4-description = يدل الرمز من الشكل { "\u200E" }4.XXX.YYY على أن الرسالة صالحة كما أُرسلت، لكنّ ظرفًا مؤقتًا استمر مدةً كافية لتأخير محاولات إرسالها أو التخلي عنها (RFC 3463، القسم 2). وقد تنجح إعادة إرسال الرسالة لاحقًا.

enhanced-class-5-name = فشل دائم
enhanced-class-5-description = يدل الرمز من الشكل { "\u200E" }5.XXX.YYY على فشل لا يُرجَّح أن يزول بإعادة إرسال الرسالة بصورتها الحالية (RFC 3463، القسم 2). ولن ينجح التسليم إلا بعد تغيير الرسالة أو الوجهة.

## Subjects (RFC 3463, section 2)

enhanced-subject-0-name = حالة أخرى أو غير محددة
enhanced-subject-0-description = لا يقدّم الرمز من الشكل X.0.YYY أي معلومات عن مصدر الحالة (RFC 3463، القسم 2). ورمز التفصيل الوحيد في هذا الموضوع هو X.0.0.

enhanced-subject-1-name = حالة العنونة
enhanced-subject-1-description = يدل الرمز من الشكل X.1.YYY على مشكلة في عنوان المرسل أو في عنوان أحد المستلمين، تتعلق مثلًا ببناء جملة العنوان أو بصلاحيته (RFC 3463، القسم 2). ويستطيع المرسل عادةً تصحيح هذه الأخطاء ثم إعادة المحاولة.

enhanced-subject-2-name = حالة صندوق البريد
enhanced-subject-2-description = يدل الرمز من الشكل X.2.YYY على أن سبب الحالة يتعلق بصندوق بريد المستلم (RFC 3463، القسم 2). ويُفترض أن مشكلات صندوق البريد تخضع عمومًا لتحكّم المستلم.

enhanced-subject-3-name = حالة نظام البريد
enhanced-subject-3-description = يدل الرمز من الشكل X.3.YYY على أن سبب الحالة يتعلق بنظام البريد في الوجهة (RFC 3463، القسم 2). ويُفترض أن هذه المشكلات تخضع عمومًا لتحكّم مسؤول نظام الوجهة.

enhanced-subject-4-name = حالة الشبكة والتوجيه
enhanced-subject-4-description = يبيّن الرمز من الشكل X.4.YYY حالة نظام التسليم نفسه، بما في ذلك ما يحتاج إليه من بنية تحتية، كخدمات الدليل والتوجيه (RFC 3463، القسم 2). ويُفترض أن هذه المشكلات تخضع لتحكّم مسؤول نظام الوجهة أو مسؤول أحد الأنظمة الوسيطة.

enhanced-subject-5-name = حالة بروتوكول تسليم البريد
enhanced-subject-5-description = يدل الرمز من الشكل X.5.YYY على فشل في البروتوكول الذي يسلّم الرسالة، تتراوح أسبابه بين أخطاء في تطبيق البروتوكول واتصال غير موثوق (RFC 3463، القسم 2).

enhanced-subject-6-name = حالة محتوى الرسالة أو وسائطها
enhanced-subject-6-description = يدل الرمز من الشكل X.6.YYY على فشل يتعلق بمحتوى الرسالة، كتعذّر تحويله أو تحويل ترميزه، أو احتوائه على وسائط غير مدعومة (RFC 3463، القسم 2). ويتحكم في هذه المشكلات المرسل والمستقبِل معًا، لأن على كلٍّ منهما أن يدعم مجموعة مشتركة من أنواع المحتوى.

enhanced-subject-7-name = حالة الأمان أو السياسة
enhanced-subject-7-description = يدل الرمز من الشكل X.7.YYY على فشل يتعلق بالسياسة، كالترشيح بحسب المستلم أو بحسب المضيف، أو يتعلق بعمليات التشفير (RFC 3463، القسم 2). ويجب أن يسمح المرسل والمستلم كلاهما بتبادل الرسائل، وأن يرتّبا لتبادل ما يلزم لذلك من مفاتيح وشهادات.

## Learn more

# A link to a section of an RFC; $rfc is a number such as 5321, $section a
# section number such as "4.2.3".
learn-more-rfc = { $rfc }، القسم { $section }

## The comparison of two codes
## $a and $b are the two codes, $name-a and $name-b their names.

compare-summary =
    { $same-class ->
        [yes]
            الرمزان { $a } ({ $name-a }) و{ $b } ({ $name-b }) كلاهما { $class-a ->
                [2] رد نجاح، فيعدّ العميل كلًّا منهما نجاحًا
                [3] رد وسيط، فيعدّ العميل كلًّا منهما طلبًا للمتابعة
                [4] يدل على فشل مؤقت، فيعدّ العميل كلًّا منهما سببًا لإعادة المحاولة لاحقًا
               *[5] يدل على فشل دائم، فيعدّ العميل كلًّا منهما سببًا لعدم تكرار الطلب دون تغيير
            }. والفرق بينهما في الموقف الذي يُرسَل فيه كلٌّ منهما{ $phase-overlap ->
                [same] ، لا في موضع ظهوره.
                [a-any] ، وفي موضع ظهوره في الجلسة.
                [b-any] ، وفي موضع ظهوره في الجلسة.
                [a-within-b] ، وفي موضع ظهوره في الجلسة.
                [b-within-a] ، وفي موضع ظهوره في الجلسة.
                [partial] ، وفي موضع ظهوره في الجلسة.
               *[none] ، وفي موضع ظهوره في الجلسة.
            }
       *[no]
            الرمز { $a } ({ $name-a }) هو { $class-a ->
                [2] رد نجاح
                [3] رد وسيط يطلب من العميل المتابعة
                [4] رد يدل على فشل مؤقت
               *[5] رد يدل على فشل دائم
            }، بينما الرمز { $b } ({ $name-b }) هو { $class-b ->
                [2] رد نجاح
                [3] رد وسيط يطلب من العميل المتابعة
                [4] رد يدل على فشل مؤقت
               *[5] رد يدل على فشل دائم
            }، ولذلك فإن العميل الذي يخلط بينهما يخطئ في خطوته التالية.
    }

# The first digit and what it means for the client, including retries.
# $class-name-a and $class-name-b are the names of the classes.
# $message-a and $message-b say whether the code concerns a message (it
# answers MAIL, RCPT, DATA or BDAT): yes or no.
compare-diff-class =
    { $same-class ->
        [yes]
            ينتمي الرمزان كلاهما إلى الفئة { $class-yz-a } ({ $class-name-a }): { $class-a ->
                [2] نفّذ الخادم ما طُلب منه، ولا تُعاد المحاولة.
                [3] ينتظر الخادم السطر التالي من العميل، ولا تُعاد المحاولة.
                [4] قد ينجح الطلب إذا كرّره العميل لاحقًا.
               *[5] يجب ألا يكرر العميل الطلب نفسه دون تغيير.
            }
       *[no]
            ينتمي الرمز { $a } إلى الفئة { $class-yz-a } ({ $class-name-a })، ما يعني أن { $class-a ->
                [2] الطلب قد نجح
                [3] على العميل إرسال مزيد من المدخلات
                [4] { $message-a ->
                    [yes] العميل يحتفظ بالرسالة ويعيد المحاولة لاحقًا
                   *[no] بإمكان العميل تكرار الطلب لاحقًا
                }
               *[5] على العميل ألا يكرر الطلب نفسه دون تغيير
            }؛ وينتمي الرمز { $b } إلى الفئة { $class-yz-b } ({ $class-name-b })، ما يعني أن { $class-b ->
                [2] الطلب قد نجح.
                [3] على العميل إرسال مزيد من المدخلات.
                [4] { $message-b ->
                    [yes] العميل يحتفظ بالرسالة ويعيد المحاولة لاحقًا.
                   *[no] بإمكان العميل تكرار الطلب لاحقًا.
                }
               *[5] على العميل ألا يكرر الطلب نفسه دون تغيير.
            }
    }

# The second digit: $category-a and $category-b are 0 to 5, and each value
# has its own variant (3 and 4 read the same). $category-name-a and
# $category-name-b are category names. RFC 5321 section 4.2.1 gives the
# meanings.
compare-diff-category =
    { $same-category ->
        [yes]
            للرمزين الرقم الثاني نفسه، وهو { $category-a } ({ $category-name-a }): { $category-a ->
                [0] كلاهما يتعلق ببناء جملة أحد الأوامر، أو بأمر لا يطبّقه الخادم أو لا يندرج تحت أي فئة فرعية أخرى.
                [1] كلاهما يجيب عن طلب معلومات.
                [2] كلاهما يتعلق بقناة الإرسال.
                [3] لا يصنّف الرقم الثاني أيًّا من الردّين.
               *[4] لا يصنّف الرقم الثاني أيًّا من الردّين.
                [5] كلاهما يبيّن حالة نظام البريد بالنسبة إلى الإجراء المطلوب.
            }
       *[no]
            الرقم الثاني مختلف: فهو { $category-a } ({ $category-name-a }) في الرمز { $a }، ما يعني أن { $category-a ->
                [0] الرد يتعلق ببناء جملة أحد الأوامر، أو بأمر لا يطبّقه الخادم أو لا يندرج تحت أي فئة فرعية أخرى
                [1] الرد يجيب عن طلب معلومات
                [2] الرد يتعلق بقناة الإرسال
                [3] هذا الرقم لا يصنّف موضوع الرد
               *[4] هذا الرقم لا يصنّف موضوع الرد
                [5] الرد يبيّن حالة نظام البريد بالنسبة إلى الإجراء المطلوب
            }، وهو { $category-b } ({ $category-name-b }) في الرمز { $b }، ما يعني أن { $category-b ->
                [0] الرد يتعلق ببناء جملة أحد الأوامر، أو بأمر لا يطبّقه الخادم أو لا يندرج تحت أي فئة فرعية أخرى.
                [1] الرد يجيب عن طلب معلومات.
                [2] الرد يتعلق بقناة الإرسال.
                [3] هذا الرقم لا يصنّف موضوع الرد.
               *[4] هذا الرقم لا يصنّف موضوع الرد.
                [5] الرد يبيّن حالة نظام البريد بالنسبة إلى الإجراء المطلوب.
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
        [a-any] يمكن أن يكون الرمز { $a } ردًّا على أي أمر، ولذلك يمكن أن يظهر حيثما يظهر الرمز { $b }: { $phases-b }.
        [b-any] يمكن أن يكون الرمز { $b } ردًّا على أي أمر، ولذلك يمكن أن يظهر حيثما يظهر الرمز { $a }: { $phases-a }.
        [same] يظهر الرمزان في المواضع نفسها من الجلسة: { $phases-shared }.
        [a-within-b] يظهر الرمز { $b } حيثما يظهر الرمز { $a } ({ $phases-shared })، ويظهر أيضًا { $phases-only-b }.
        [b-within-a] يظهر الرمز { $a } حيثما يظهر الرمز { $b } ({ $phases-shared })، ويظهر أيضًا { $phases-only-a }.
        [partial] يمكن أن يظهر كلا الرمزين { $phases-shared }؛ ولا يظهر إلا الرمز { $a } { $phases-only-a }، ولا يظهر إلا الرمز { $b } { $phases-only-b }.
       *[none] يظهر الرمز { $a } { $phases-a }، في حين يظهر الرمز { $b } { $phases-b }.
    }

# Who has to act. $actor-a and $actor-b take the values none, client,
# client-operator, sender, server-operator.
compare-diff-actor =
    { $same-actor ->
        [yes]
            بعد أيٍّ من الرمزين، { $actor-a ->
                [none] لا يحتاج أحد إلى اتخاذ أي إجراء، فكلاهما رد نجاح.
                [client] يتصرف برنامج العميل من تلقاء نفسه، دون تدخل بشري.
                [client-operator] يجب على من يتولى إعداد العميل أو تطويره أن يغيّر إعداداته أو شيفرته البرمجية.
                [sender] يجب على المرسل تعديل الرسالة أو عنوان مرسلها أو عناوين مستلميها.
               *[server-operator] يجب على مسؤول الخادم الذي أرسل الرد إصلاح المشكلة.
            }
       *[no]
            بعد الرمز { $a }، { $actor-a ->
                [none] لا يحتاج أحد إلى اتخاذ أي إجراء
                [client] يتصرف برنامج العميل من تلقاء نفسه
                [client-operator] يجب على من يتولى إعداد العميل أو تطويره أن يغيّر إعداداته أو شيفرته البرمجية
                [sender] يجب على المرسل تعديل الرسالة أو عنوان مرسلها أو عناوين مستلميها
               *[server-operator] يجب على مسؤول الخادم الذي أرسل الرد إصلاح المشكلة
            }؛ وبعد الرمز { $b }، { $actor-b ->
                [none] لا يحتاج أحد إلى اتخاذ أي إجراء.
                [client] يتصرف برنامج العميل من تلقاء نفسه.
                [client-operator] يجب على من يتولى إعداد العميل أو تطويره أن يغيّر إعداداته أو شيفرته البرمجية.
                [sender] يجب على المرسل تعديل الرسالة أو عنوان مرسلها أو عناوين مستلميها.
               *[server-operator] يجب على مسؤول الخادم الذي أرسل الرد إصلاح المشكلة.
            }
    }

# One specification that defines a code, inside a list: $rfc is an RFC
# number, $context the short name of a context.
compare-source = { $rfc } ({ $context })

# Which specifications define each code; shown only when they differ.
# $sources-a and $sources-b are lists of compare-source texts.
# $extension says which of the two is defined by SMTP extensions only: a,
# b, both or none. $offers-a and $offers-b list those extensions’ short
# names, joined with “or”.
compare-diff-source =
    الرمز { $a } معرَّف في { $sources-a }، والرمز { $b } معرَّف في { $sources-b }. { $extension ->
        [a] ولا يرسل الرمز { $a } إلا خادمٌ يدعم { $offers-a }.
        [b] ولا يرسل الرمز { $b } إلا خادمٌ يدعم { $offers-b }.
        [both] ولا يرسل أيًّا منهما إلا خادمٌ يدعم امتدادًا يعرّفه.
       *[none] وكلاهما جزء من بروتوكول SMTP نفسه، لذا يمكن لأي خادم أن يرسلهما.
    }

# Advice for choosing between the two codes; label-fix is the section
# label “How to fix”.
compare-when-to-use =
    { $same-class ->
        [yes]
            يحمل الرمزان للعميل المعنى نفسه فيما يخص { $class-a ->
                [2] النجاح
                [3] المتابعة
                [4] إعادة المحاولة
               *[5] التوقف عن المحاولة
            }، ولذلك فإن ما يميّز بينهما هو السبب: يرسل الخادم الرمز { $a } ({ $name-a }) في موقف معيّن، والرمز { $b } ({ $name-b }) في موقف آخر. اتّبع خطوات «{ label-fix }» الخاصة بالرمز الذي تلقّيته فعلًا.
       *[no]
            يرسل الخادم الرمز { $a } عندما { $class-a ->
                [2] يكون قد نفّذ الطلب
                [3] يحتاج إلى مزيد من المدخلات من العميل لإتمام الطلب
                [4] يكون الفشل مؤقتًا وقد ينجح الطلب نفسه لاحقًا
               *[5] يكون الفشل دائمًا ولن يفيد تكرار الطلب دون تغيير
            }، والرمز { $b } عندما { $class-b ->
                [2] يكون قد نفّذ الطلب.
                [3] يحتاج إلى مزيد من المدخلات من العميل لإتمام الطلب.
                [4] يكون الفشل مؤقتًا وقد ينجح الطلب نفسه لاحقًا.
               *[5] يكون الفشل دائمًا ولن يفيد تكرار الطلب دون تغيير.
            }
    }

## Lists and counts

# $count is a number. Arabic uses all six CLDR plural categories.
list-count =
    { $count ->
        [zero] لا توجد رموز
        [one] رمز واحد
        [two] رمزان
        [few] { $count } رموز
        [many] { $count } رمزًا
       *[other] { $count } رمز
    }
# $percent is a whole number from 0 to 100.
coverage-percent = { $percent }%

## Messages to the reader

# $code is what the reader typed, $nearest a list of known codes.
error-unknown-code = رمز الرد { $code } غير معروف؛ أقرب الرموز المعروفة إليه هي { $nearest }
error-not-a-code = «{ $input }» ليس رمز رد: يتكوّن رمز الرد من ثلاثة أرقام، مثل 250 أو 451، ويتكوّن رمز الحالة المحسّن من ثلاثة أعداد تفصل بينها نقاط، مثل { "\u200E" }5.7.1 أو X.7.1
# $code is an enhanced status code as the reader typed it, such as 5.9.1.
error-unknown-enhanced = رمز الحالة المحسّن { $code } غير معروف: لا يوجد رمز كهذا في سجل IANA
compare-same-code = { $code } و{ $code } رمز واحد؛ نفّذ الأمر «smtpkb show { $code }» للاطلاع على تفاصيله.
# $requested is the language the reader asked for, $used the one shown.
warning-unknown-locale = لا تتوفر ترجمة إلى «{ $requested }»، لذا يُعرض النص باللغة { $used }
# $problem describes, in English, a translation that failed to format.
warning-shown-in-english = { $problem }؛ لذا يُعرض النص بالإنجليزية

## smtpkb explain: what a server’s reply means
##
## $code is a reply code as found, such as "550"; $enhanced an enhanced status
## code as found, such as "5.7.1"; $name the localized name of either. The
## server’s own text is never passed to these messages: it is shown apart,
## as sent.

label-reply-code = رمز الرد
label-status-code = رمز الحالة المحسّن
label-server-text = نص الرد
# Beside the server’s text, which is shown exactly as the server sent it.
label-server-text-note = كما أرسله الخادم، دون ترجمة
label-retry = إعادة المحاولة
label-actor = من عليه التصرف
label-explanation = الشرح
label-warnings = تحذيرات
label-replies = الردود التي عُثر عليها
# $reply is the codes as found, such as “550 5.7.1”.
explain-title = معنى { "\u200E" }{ $reply }
# The heading of one reply of a log; $line is its line number.
explain-record = السطر { $line }
explain-reply = ردّ الخادم بالرمز { $code }، ومعناه «{ $name }».
# $class is the class of the code, such as “5yz”, and $class-name its name.
explain-reply-undefined = ردّ الخادم بالرمز { $code }، وهو رمز لا يعرّفه أي RFC، فمعناه يتوقف على برنامج الخادم. ويدل رقمه الأول على أنه من الفئة { "\u200E" }{ $class }، أي فئة «{ $class-name }».
# $subject is the subject of the code, such as “X.7.YYY”.
explain-status = يعني رمز الحالة المحسّن { $enhanced } «{ $name }»، وموضوعه { $subject } هو «{ $subject-name }».
explain-status-unregistered = لا يوجد الرمز { $enhanced } في سجل IANA لرموز الحالة المحسّنة، فبرنامج الخادم هو الذي يعرّفه. وموضوعه { $subject } هو «{ $subject-name }».
explain-status-unknown-subject = لا يوجد الرمز { $enhanced } في سجل IANA لرموز الحالة المحسّنة، وليس { $subject } من الموضوعات التي يعرّفها RFC 3463، فبرنامج الخادم هو الذي يعرّف هذا الرمز.
explain-status-from-wrapper = لا يحمل الرد نفسه رمز حالة محسّنًا؛ والرمز { $enhanced } مأخوذ من الرد الذي اقتُبس فيه.
explain-status-from-input = لا يحمل الرد نفسه رمز حالة محسّنًا؛ والرمز { $enhanced } مأخوذ من موضع آخر في النص، كالحقل «Status» في إشعار حالة التسليم (DSN).
explain-status-only = لا يحتوي النص على رمز رد، بل على رمز الحالة المحسّن { $enhanced } وحده، كما يرد في إشعارات حالة التسليم وسجلات البريد.
# $outer is the reply of the server that passed on $inner, the reply of
# another server.
explain-nested = الرد { "\u200E" }{ $outer } صادر عن خادم اقتبس فيه ردَّ خادم آخر، هو { "\u200E" }{ $inner }، وهذا الرد المقتبَس هو ما يُشرح هنا.
explain-retry-completion = لا داعي لمحاولة أخرى، فهذا رد نجاح.
explain-retry-intermediate = لا داعي لمحاولة أخرى، فقد قبل الخادم الأمر وينتظر أن يتابع العميل.
explain-retry-transient = الفشل مؤقت، فيُبقي الخادم المرسِل الرسالة في قائمة الانتظار لديه ويعيد المحاولة من تلقاء نفسه، بفاصل لا يقل عادةً عن 30 دقيقة بين كل محاولة والتي تليها، ثم يتوقف عن المحاولة بعد بضعة أيام، أربعة أو خمسة في الغالب (RFC 5321، القسم 4.5.4.1)؛ وعندئذٍ فقط تعود الرسالة إلى مرسلها في إشعار نهائي بعدم التسليم.
explain-retry-permanent = الفشل دائم، فلا يعيد الخادم المرسِل المحاولة، بل يُرجع الرسالة إلى مرسلها؛ وإذا أُعيد إرسالها دون تغيير فستفشل بالطريقة نفسها، لذا يجب إصلاح السبب أولًا.
explain-actor-none = لا أحد، فلم يحدث أي خطأ.
explain-actor-client = برنامج العميل من تلقاء نفسه، فالرد خطوة من خطوات البروتوكول.
explain-actor-client-operator = من يتولى إعداد برنامج العميل أو تطويره.
explain-actor-sender = مرسل الرسالة، أو مسؤول الخادم المرسِل إذا كان السبب في ذلك الخادم.
explain-actor-server-operator = مسؤول الخادم الذي أرسل الرد؛ ولا يملك المرسل إلا أن يبلّغه بالمشكلة.
# $class is the reply’s class, such as “5yz”; $status-class the enhanced
# code’s, such as “4.XXX.YYY”.
warning-class-mismatch = فئة رمز الحالة المحسّن { $enhanced } هي { "\u200E" }{ $status-class }، أما فئة رمز الرد { $code } فهي { "\u200E" }{ $class }؛ ورمز الرد هو الذي يحدد ما يفعله العميل
warning-code-changed = يختلف الرمز في أسطر الاستمرار ({ $continuation }) عنه في السطر الأخير ({ $final })، مع أن أسطر الرد الواحد تشترك في رمز واحد (RFC 5321، القسم 4.2.1)؛ لذا يُعتمد رمز السطر الأخير
warning-unfinished = لا يحتوي النص إلا على الأسطر الأولى من رد متعدد الأسطر (يبدأ كلٌّ منها بالرمز { $code } تليه شرطة): سطره الأخير مفقود، لذا قد يكون نص الرد مبتورًا
warning-not-utf8 = النص ليس بترميز UTF-8 صالح؛ وقد وُضع المحرف «�» مكان البايتات غير الصالحة
warning-several-replies =
    يحتوي النص على { $count ->
        [zero] { $count } ردّ
        [one] ردّ واحد
        [two] ردّين
        [few] { $count } ردود
        [many] { $count } ردًّا
       *[other] { $count } ردّ
    }، كما في النص الحرفي لجلسة SMTP؛ ويُشرح هنا آخرها، وهو الرد { $code }
error-no-reply = لم يُعثر على أي رد SMTP: لا يحتوي النص على رمز رد مثل 550، ولا على رمز حالة محسّن مثل { "\u200E" }5.7.1
