### smtpkb interface text: section labels, class and category names, and the
### sentence frames of comparisons. Arabic translation of the English
### reference locale.
###
### Variables that hold reply codes ($code, $a, $b) are strings such as "451".
### $class-a, $class-b, $category-a and $category-b are numbers (the first and
### second digit of a code); the other selectors take the string values listed
### in each message's variants.

# The name of this language, written in this language.
locale-name = العربية

## Section labels

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
label-enhanced = رموز الحالة المحسّنة
label-defined-in = معرَّف في
label-usage-note = ملاحظة حول الاستخدام
label-code = الرمز
label-name = الاسم
label-locale = الإعدادات المحلية
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

class-2 = إتمام إيجابي
class-3 = إيجابي وسيط
class-4 = إتمام سلبي مؤقت
class-5 = إتمام سلبي دائم
category-0 = الصياغة
category-1 = المعلومات
category-2 = الاتصالات
category-3 = غير محدد
category-4 = غير محدد
category-5 = نظام البريد

## Where a code is defined: the SMTP extension or specification

context-core = SMTP
context-auth = SMTP AUTH
context-starttls = STARTTLS
context-size = امتداد SIZE
context-smtputf8 = البريد الإلكتروني المدوَّل (SMTPUTF8)
context-etrn = بدء معالجة قائمة الانتظار عن بُعد (ETRN)
context-odmr = ترحيل البريد عند الطلب (ATRN)

## Session phases in which a reply appears

phase-connection = فتح الاتصال أو إغلاقه
phase-any-command = الرد على أي أمر
phase-query = أوامر الاستعلام (HELP، VRFY، EXPN، NOOP)
phase-starttls = التفاوض على TLS (STARTTLS)
phase-auth = المصادقة (AUTH)
phase-transaction = معاملة البريد (MAIL FROM، RCPT TO)
phase-data = نقل الرسالة (DATA)
phase-turn = جلب البريد من قائمة الانتظار (ETRN، ATRN)

## Learn more

# A link to a section of an RFC; $rfc is a number such as 5321, $section a
# section number such as "4.2.3".
learn-more-rfc = RFC { $rfc }، القسم { $section }

## The comparison of two codes
## $a and $b are the two codes, $name-a and $name-b their names.

compare-summary =
    { $same-class ->
        [yes]
            الرمزان { $a } ({ $name-a }) و{ $b } ({ $name-b }) كلاهما { $class-a ->
                [2] رد نجاح
                [3] رد وسيط
                [4] يدل على فشل مؤقت
               *[5] يدل على فشل دائم
            }، ولذلك يتعامل العميل معهما بالطريقة نفسها. { $same-phase ->
                [yes] والفرق بينهما في السبب، لا في موضع ظهورهما.
               *[no] والفرق بينهما في السبب وفي موضع ظهورهما في الجلسة.
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
            }، ولذلك فإن العميل الذي يخلط بينهما يتعامل مع الرسالة على نحو خاطئ.
    }

# The first digit and what it means for the client, including retries.
# $class-name-a and $class-name-b are the names of the classes.
compare-diff-class =
    { $same-class ->
        [yes]
            ينتمي الرمزان كلاهما إلى الفئة { $class-a }yz ({ $class-name-a }): { $class-a ->
                [2] نفّذ الخادم ما طُلب منه، ولا تُعاد المحاولة.
                [3] ينتظر الخادم السطر التالي من العميل، ولا تُعاد المحاولة.
                [4] يحتفظ العميل بالرسالة ويعيد المحاولة لاحقًا.
               *[5] يجب ألا يكرر العميل الطلب نفسه دون تغيير.
            }
       *[no]
            ينتمي الرمز { $a } إلى الفئة { $class-a }yz ({ $class-name-a })، ما يعني أن { $class-a ->
                [2] الطلب قد نجح
                [3] على العميل إرسال مزيد من البيانات
                [4] العميل يحتفظ بالرسالة ويعيد المحاولة لاحقًا
               *[5] العميل يتوقف عن المحاولة ويبلّغ عن الفشل
            }؛ وينتمي الرمز { $b } إلى الفئة { $class-b }yz ({ $class-name-b })، ما يعني أن { $class-b ->
                [2] الطلب قد نجح.
                [3] على العميل إرسال مزيد من البيانات.
                [4] العميل يحتفظ بالرسالة ويعيد المحاولة لاحقًا.
               *[5] العميل يتوقف عن المحاولة ويبلّغ عن الفشل.
            }
    }

# The second digit. $category-name-a and $category-name-b are category names.
compare-diff-category =
    { $same-category ->
        [yes]
            للرمزين الرقم الثاني نفسه، وهو { $category-a } ({ $category-name-a }): { $category-a ->
                [0] كلاهما يبلّغ عن مشكلة في صياغة أحد الأوامر.
                [1] كلاهما يجيب عن طلب معلومات.
                [2] كلاهما يتعلق بقناة الإرسال.
                [3] يترك RFC 5321 نوع المشكلة غير محدد في كليهما.
               *[4] يترك RFC 5321 نوع المشكلة غير محدد في كليهما.
                [5] كلاهما يتعلق بنظام البريد، كصندوق البريد أو الرسالة.
            }
       *[no]
            الرقم الثاني مختلف: فهو { $category-a } ({ $category-name-a }) في الرمز { $a }، ما يعني أنه { $category-a ->
                [0] يبلّغ عن مشكلة في صياغة أحد الأوامر
                [1] يجيب عن طلب معلومات
                [2] يتعلق بقناة الإرسال
                [3] لا يحدد نوع المشكلة
               *[4] لا يحدد نوع المشكلة
                [5] يتعلق بنظام البريد، كصندوق البريد أو الرسالة
            }، وهو { $category-b } ({ $category-name-b }) في الرمز { $b }، ما يعني أنه { $category-b ->
                [0] يبلّغ عن مشكلة في صياغة أحد الأوامر.
                [1] يجيب عن طلب معلومات.
                [2] يتعلق بقناة الإرسال.
                [3] لا يحدد نوع المشكلة.
               *[4] لا يحدد نوع المشكلة.
                [5] يتعلق بنظام البريد، كصندوق البريد أو الرسالة.
            }
    }

# Where in the session each code appears. $phase-a and $phase-b take the
# values connection, any-command, query, starttls, auth, transaction, data, turn.
compare-diff-phase =
    { $same-phase ->
        [yes]
            يظهر الرمزان في الجزء نفسه من الجلسة: { $phase-a ->
                [connection] عند فتح الاتصال أو إغلاقه.
                [any-command] ردًّا على أي أمر.
                [query] ردًّا على أوامر الاستعلام مثل HELP أو VRFY.
                [starttls] أثناء التفاوض على TLS بالأمر STARTTLS.
                [auth] أثناء تبادل المصادقة بالأمر AUTH.
                [transaction] أثناء معاملة البريد، ردًّا على MAIL FROM أو RCPT TO.
                [data] أثناء نقل الرسالة، ردًّا على DATA أو على نهاية الرسالة.
               *[turn] عندما يطلب العميل بالأمر ETRN أو ATRN بريده الموجود في قائمة الانتظار.
            }
       *[no]
            يظهر الرمز { $a } { $phase-a ->
                [connection] عند فتح الاتصال أو إغلاقه
                [any-command] ردًّا على أي أمر
                [query] ردًّا على أوامر الاستعلام مثل HELP أو VRFY
                [starttls] أثناء التفاوض على TLS بالأمر STARTTLS
                [auth] أثناء تبادل المصادقة بالأمر AUTH
                [transaction] أثناء معاملة البريد، ردًّا على MAIL FROM أو RCPT TO
                [data] أثناء نقل الرسالة، ردًّا على DATA أو على نهاية الرسالة
               *[turn] عندما يطلب العميل بالأمر ETRN أو ATRN بريده الموجود في قائمة الانتظار
            }، في حين يظهر الرمز { $b } { $phase-b ->
                [connection] عند فتح الاتصال أو إغلاقه.
                [any-command] ردًّا على أي أمر.
                [query] ردًّا على أوامر الاستعلام مثل HELP أو VRFY.
                [starttls] أثناء التفاوض على TLS بالأمر STARTTLS.
                [auth] أثناء تبادل المصادقة بالأمر AUTH.
                [transaction] أثناء معاملة البريد، ردًّا على MAIL FROM أو RCPT TO.
                [data] أثناء نقل الرسالة، ردًّا على DATA أو على نهاية الرسالة.
               *[turn] عندما يطلب العميل بالأمر ETRN أو ATRN بريده الموجود في قائمة الانتظار.
            }
    }

# Who has to act. $actor-a and $actor-b take the values none, client,
# client-operator, sender, server-operator.
compare-diff-actor =
    { $same-actor ->
        [yes]
            في كلتا الحالتين، { $actor-a ->
                [none] لا يحتاج أحد إلى اتخاذ أي إجراء، فالرد يدل على النجاح.
                [client] يتصرف برنامج العميل من تلقاء نفسه، دون تدخل بشري.
                [client-operator] يجب على من يتولى إعداد العميل أو برمجته أن يعدّله.
                [sender] يجب على المرسل تعديل الرسالة أو عناوينها.
               *[server-operator] يجب على مسؤول الخادم الذي أرسل الرد إصلاح المشكلة.
            }
       *[no]
            بعد الرمز { $a }، { $actor-a ->
                [none] لا يحتاج أحد إلى اتخاذ أي إجراء
                [client] يتصرف برنامج العميل من تلقاء نفسه
                [client-operator] يجب على من يتولى إعداد العميل أو برمجته أن يعدّله
                [sender] يجب على المرسل تعديل الرسالة أو عناوينها
               *[server-operator] يجب على مسؤول الخادم الذي أرسل الرد إصلاح المشكلة
            }؛ وبعد الرمز { $b }، { $actor-b ->
                [none] لا يحتاج أحد إلى اتخاذ أي إجراء.
                [client] يتصرف برنامج العميل من تلقاء نفسه.
                [client-operator] يجب على من يتولى إعداد العميل أو برمجته أن يعدّله.
                [sender] يجب على المرسل تعديل الرسالة أو عناوينها.
               *[server-operator] يجب على مسؤول الخادم الذي أرسل الرد إصلاح المشكلة.
            }
    }

# Which specification defines each code; shown only when they differ.
# $rfc-a and $rfc-b are RFC numbers, $context-a and $context-b context names.
# $extension says which of the two belongs to an SMTP extension: a, b, both
# or none.
compare-diff-source =
    الرمز { $a } معرَّف في RFC { $rfc-a } ({ $context-a })، والرمز { $b } معرَّف في RFC { $rfc-b } ({ $context-b }). { $extension ->
        [a] ولا يرسل الرمز { $a } بهذا المعنى إلا خادم يدعم { $context-a }.
        [b] ولا يرسل الرمز { $b } بهذا المعنى إلا خادم يدعم { $context-b }.
        [both] ولا يُرسَل أيٌّ منهما إلا من خادم يدعم الامتداد الذي يعرّفه.
       *[none] وكلاهما جزء من بروتوكول SMTP نفسه، لذا يمكن لأي خادم أن يرسلهما.
    }

# Advice for choosing between the two codes.
compare-when-to-use =
    { $same-class ->
        [yes]
            يحمل الرمزان للعميل المعنى نفسه فيما يخص { $class-a ->
                [2] النجاح
                [3] المتابعة
                [4] إعادة المحاولة
               *[5] التوقف عن المحاولة
            }، ولذلك يكون الاختيار بينهما بحسب السبب: يرد الخادم بالرمز { $a } في حالة «{ $name-a }» وبالرمز { $b } في حالة «{ $name-b }»، وعلى القارئ اتباع خطوات «{ label-fix }» الخاصة بالرمز الذي تلقّاه فعلًا.
       *[no]
            يرد الخادم بالرمز { $a } عندما { $class-a ->
                [2] يكون قد نفّذ الطلب
                [3] يحتاج إلى مزيد من البيانات من العميل لإتمام العملية
                [4] يكون الفشل مؤقتًا وقد ينجح الطلب نفسه لاحقًا
               *[5] يكون الفشل دائمًا ولن يفيد تكرار الطلب
            }، وبالرمز { $b } عندما { $class-b ->
                [2] يكون قد نفّذ الطلب.
                [3] يحتاج إلى مزيد من البيانات من العميل لإتمام العملية.
                [4] يكون الفشل مؤقتًا وقد ينجح الطلب نفسه لاحقًا.
               *[5] يكون الفشل دائمًا ولن يفيد تكرار الطلب.
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
error-not-a-code = «{ $input }» ليس رمز رد: يتكوّن رمز الرد من ثلاثة أرقام، مثل 250 أو 451
compare-same-code = { $code } و{ $code } رمز واحد؛ نفّذ الأمر «smtpkb show { $code }» للاطلاع على تفاصيله.
# $requested is the language the reader asked for, $used the one shown.
warning-unknown-locale = لا تتوفر ترجمة إلى «{ $requested }»، لذا يُعرض النص باللغة { $used }
warning-shown-in-english = { $problem }؛ لذا يُعرض النص بالإنجليزية
