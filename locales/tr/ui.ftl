### smtpkb interface text: section labels, class and category names, and the
### sentence frames of comparisons. Turkish translation of the English
### reference locale (locales/en/ui.ftl).
###
### Variables that hold reply codes ($code, $a, $b) are strings such as "451".
### $class-a, $class-b, $category-a and $category-b are numbers (the first and
### second digit of a code); the other selectors take the string values listed
### in each message's variants.
###
### Turkish note: a code takes the case suffix of its last word as read
### aloud (334’e, 250’ye, 530’a), so no suffix is written after a placeable
### by hand: a frame writes { CASE($a, form: "genitive") }, with the forms
### defined in the group “Case forms of a code” below. Frames keep a noun
### after the code where it reads better ("{ $a } kodu", "{ $a } yanıtını",
### "{ $b } kodunda") and the separate postposition "ile".

# The name of this language, written in this language.
locale-name = Türkçe

## Case forms of a code
## Turkish attaches a case suffix to a number as the number is read aloud:
## the suffix follows the vowel and the final sound of the last word said
## (334’e: “dört”, 250’ye: “elli”, 530’a: “otuz”, 500’e: “yüz”), after the
## typographic apostrophe ’. Each message below defines one form: its value
## is the suffix, apostrophe included, and selects on $last, the place value
## of that last word: 0 (sıfır), 1 to 9 (bir … dokuz), 10, 20 … 90 (on …
## doksan), 100 for a round hundred (yüz) or 1000 for a round thousand
## (bin). A frame writes { CASE($a, form: "dative") } and gets the code with
## its suffix; CASE takes any variable that holds a code or ends in a
## number, such as $code or $enhanced (5.7.1 ends in “bir”). A form that is
## not defined here gives the bare code. These ids exist only in Turkish:
## other locales do not translate them, and the checker allows them.

# Dative, where a code is the goal: 334’e, 451’e, 250’ye, 530’a, 500’e.
code-case-dative =
    { $last ->
        [0] ’a
        [1] ’e
        [2] ’ye
        [3] ’e
        [4] ’e
        [5] ’e
        [6] ’ya
        [7] ’ye
        [8] ’e
        [9] ’a
        [10] ’a
        [20] ’ye
        [30] ’a
        [40] ’a
        [50] ’ye
        [60] ’a
        [70] ’e
        [80] ’e
        [90] ’a
        [100] ’e
        [1000] ’e
       *[other] ’e
    }

# Accusative, where a code is the direct object: 334’ü, 421’i, 250’yi,
# 530’u, 500’ü.
code-case-accusative =
    { $last ->
        [0] ’ı
        [1] ’i
        [2] ’yi
        [3] ’ü
        [4] ’ü
        [5] ’i
        [6] ’yı
        [7] ’yi
        [8] ’i
        [9] ’u
        [10] ’u
        [20] ’yi
        [30] ’u
        [40] ’ı
        [50] ’yi
        [60] ’ı
        [70] ’i
        [80] ’i
        [90] ’ı
        [100] ’ü
        [1000] ’i
       *[other] ’i
    }

# Genitive, where a code owns what follows: 334’ün, 421’in, 250’nin,
# 530’un, 500’ün.
code-case-genitive =
    { $last ->
        [0] ’ın
        [1] ’in
        [2] ’nin
        [3] ’ün
        [4] ’ün
        [5] ’in
        [6] ’nın
        [7] ’nin
        [8] ’in
        [9] ’un
        [10] ’un
        [20] ’nin
        [30] ’un
        [40] ’ın
        [50] ’nin
        [60] ’ın
        [70] ’in
        [80] ’in
        [90] ’ın
        [100] ’ün
        [1000] ’in
       *[other] ’in
    }

# Locative (“in”, “at”): 334’te, 421’de, 250’de, 530’da, 540’ta.
code-case-locative =
    { $last ->
        [0] ’da
        [1] ’de
        [2] ’de
        [3] ’te
        [4] ’te
        [5] ’te
        [6] ’da
        [7] ’de
        [8] ’de
        [9] ’da
        [10] ’da
        [20] ’de
        [30] ’da
        [40] ’ta
        [50] ’de
        [60] ’ta
        [70] ’te
        [80] ’de
        [90] ’da
        [100] ’de
        [1000] ’de
       *[other] ’de
    }

# Ablative (“from”, and before “sonra” and “önce”): 334’ten, 421’den,
# 250’den, 530’dan.
code-case-ablative =
    { $last ->
        [0] ’dan
        [1] ’den
        [2] ’den
        [3] ’ten
        [4] ’ten
        [5] ’ten
        [6] ’dan
        [7] ’den
        [8] ’den
        [9] ’dan
        [10] ’dan
        [20] ’den
        [30] ’dan
        [40] ’tan
        [50] ’den
        [60] ’tan
        [70] ’ten
        [80] ’den
        [90] ’dan
        [100] ’den
        [1000] ’den
       *[other] ’den
    }

# Instrumental, the suffix form of “ile”: 334’le, 421’le, 250’yle,
# 530’la, 500’le.
code-case-instrumental =
    { $last ->
        [0] ’la
        [1] ’le
        [2] ’yle
        [3] ’le
        [4] ’le
        [5] ’le
        [6] ’yla
        [7] ’yle
        [8] ’le
        [9] ’la
        [10] ’la
        [20] ’yle
        [30] ’la
        [40] ’la
        [50] ’yle
        [60] ’la
        [70] ’le
        [80] ’le
        [90] ’la
        [100] ’le
        [1000] ’le
       *[other] ’le
    }

# Possessive of the third person, “its share”, used with a percentage:
# %42’si, %41’i, %30’u, %40’ı, %100’ü.
code-case-possessive =
    { $last ->
        [0] ’ı
        [1] ’i
        [2] ’si
        [3] ’ü
        [4] ’ü
        [5] ’i
        [6] ’sı
        [7] ’si
        [8] ’i
        [9] ’u
        [10] ’u
        [20] ’si
        [30] ’u
        [40] ’ı
        [50] ’si
        [60] ’ı
        [70] ’i
        [80] ’i
        [90] ’ı
        [100] ’ü
        [1000] ’i
       *[other] ’i
    }

## Section labels

# The quotation marks around a server’s text quoted in plain text.
label-quote-open = “
label-quote-close = ”
# The note on a text whose translation is older than the English it
# translates.
label-stale = İngilizce metin, bu bölüm çevrildikten sonra değişti
label-description = Açıklama
label-when = Gördüğünüzde
label-fix = Nasıl Düzeltilir
label-differences = Temel Farklar
label-when-to-use = Hangisini Ne Zaman Kullanmalı
label-learn-more = Daha Fazla Öğren
label-related = İlgili Kodlar
label-class = Sınıf
label-category = Kategori
label-phases = Görüldüğü Aşamalar
label-commands = Yanıtladığı Komutlar
label-any-command = herhangi bir komut
# $commands is a list of SMTP commands, such as “EHLO, AUTH ve QUIT”; the
# postposition “dışında” stays a separate word, so no suffix is attached.
label-any-command-except = { $commands } dışında herhangi bir komut
# Shown among the commands a code replies to, for the server’s greeting.
label-connect = bağlantının açılması
label-enhanced = Gelişmiş Durum Kodları
label-defined-in = Tanımlandığı Belgeler
label-usage-note = Kullanım Notu
# The parts of “How to fix”, one for each reader who can act.
label-fix-sender = Gönderen İçin
label-fix-admin = Posta Sunucusu Yöneticisi İçin
label-fix-developer = İstemci Geliştiricisi İçin
label-code = Kod
label-name = Ad
label-locale = Dil Kodu
label-language = Dil
label-interface = Arayüz
label-code-text = Kod Metinleri
# Marks a section that is shown in English because it is not translated yet.
label-fallback = henüz çevrilmedi, İngilizce gösteriliyor
label-error = hata
label-warning = uyarı
# Separates the items of a list, such as the phases a code appears in;
# the quotes keep the space after the mark.
separator-list = { "; " }
# Separates short items, such as SMTP commands or codes.
separator-items = { ", " }

## The reference site (cargo xtask export)

site-title = SMTP Yanıt Kodları
site-description = RFC belgelerinde tanımlanan tüm SMTP yanıt kodları: her birinin ne anlama geldiği, ne zaman görüldüğü, nasıl düzeltileceği ve karıştırıldığı kodlardan farkı.
label-languages = Diller
label-comparisons = Karşılaştırmalar
label-all-comparisons = Tüm Karşılaştırmalar
label-compare-with = Şu Kodlarla Karşılaştır
label-home = Ana Sayfa
# $code is a reply code; the title of a code's page.
site-code-title = { $code } { $name }: SMTP yanıt kodu
# The description of the page that lists every comparison.
site-comparisons-description = Tüm SMTP yanıt kodu çiftlerinin karşılaştırması: temel farklar ve hangisinin ne zaman kullanılacağı.

## Titles

# $code is the reply code, $name its name.
show-title = { $code } { $name }
compare-title = { $a } ile { $b } arasındaki fark nedir?

## Reply classes (first digit) and categories (second digit), RFC 5321 section 4.2.1

class-1 = Olumlu Ön Yanıt
class-2 = Olumlu Tamamlanma
# RFC 5321 class name: a positive intermediate *reply*; Turkish names the
# head noun (“Ara Yanıt”), as the English comment asks the reader to read it.
class-3 = Olumlu Ara Yanıt
class-4 = Geçici Olumsuz Tamamlanma
class-5 = Kalıcı Olumsuz Tamamlanma
category-0 = Sözdizimi
category-1 = Bilgi
category-2 = Bağlantılar
category-3 = Belirtilmemiş
category-4 = Belirtilmemiş
category-5 = Posta sistemi

## Where a code is defined: the SMTP extension or specification
## Each context has a name, shown as a label, and a short name, used inside
## sentences. Names are in sentence case; protocol names stay in English.

context-core = SMTP
context-core-short = SMTP
context-auth = SMTP AUTH
context-auth-short = SMTP AUTH
context-starttls = STARTTLS
context-starttls-short = STARTTLS
context-size = SIZE uzantısı
context-size-short = SIZE
context-smtputf8 = Uluslararasılaştırılmış e-posta (SMTPUTF8)
context-smtputf8-short = SMTPUTF8
context-etrn = Uzak kuyruk başlatma (ETRN)
context-etrn-short = ETRN
# On-Demand Mail Relay: “talep üzerine” (on demand), not “isteğe bağlı”
# (optional); relay stays “relay”, as administrators say it (see GLOSSARY.md).
context-odmr = Talep üzerine posta relay’i (ATRN)
context-odmr-short = ODMR
context-checkpoint = Kontrol noktası ve yeniden başlatma (CHECKPOINT, deneysel)
context-checkpoint-short = CHECKPOINT
context-null-mx = Null MX (posta kabul etmeyen alan adları)
context-null-mx-short = null MX kaydı

## Session phases in which a reply appears
## Each phase has a name, shown as a label, and a phrase that completes
## “451 kodu … görülür” inside a sentence; phrases are joined into lists
## such as “gönderen ile alıcı adresleri bildirilirken ve ileti aktarımı
## sırasında”. Each phrase is an adverbial that the frame’s verb follows, and
## none uses “ve” itself, so that the list’s own “ve” stays unambiguous.

phase-connection = Bağlantının açılması (karşılama)
phase-connection-phrase = bağlantı açılırken
phase-session = Oturum komutları (EHLO, HELO, RSET, NOOP)
phase-session-phrase = oturum komutlarına (EHLO, HELO, RSET, NOOP) yanıt olarak
phase-starttls = TLS anlaşması (STARTTLS)
phase-starttls-phrase = STARTTLS anlaşması sırasında
phase-auth = Kimlik doğrulama (AUTH)
phase-auth-phrase = istemci AUTH ile kimliğini doğrularken
phase-transaction = Posta işlemi (MAIL FROM, RCPT TO)
phase-transaction-phrase = gönderen ile alıcı adresleri bildirilirken
phase-data = İleti aktarımı (DATA, BDAT)
phase-data-phrase = ileti aktarımı sırasında
phase-query = Bilgi istekleri (HELP, VRFY, EXPN)
phase-query-phrase = bilgi isteklerine yanıt olarak
phase-turn = Kuyruktaki postanın alınması (ETRN, ATRN)
phase-turn-phrase = istemci kuyruktaki postasını istediğinde
phase-quit = Oturumun sonlandırılması (QUIT)
phase-quit-phrase = oturum QUIT ile sonlandırılırken
phase-any-command = Herhangi bir komut
phase-any-command-phrase = herhangi bir komuta yanıt olarak

## Enhanced status codes (RFC 3463): the first number is the class, the
## second the subject; the detail codes are in enhanced.ftl.
## Turkish: class is “sınıf” (the label-class of reply codes serves here
## too), subject “konu”, detail code “ayrıntı kodu”, the IANA registry
## “kayıt defteri” (“kayıt” alone is a record). The names of the enhanced
## classes differ from those of the reply classes (class-2 … class-5), so
## that the two kinds of class stay apart (see GLOSSARY.md).

label-subject = Konu
label-associated = İlişkili Yanıt Kodları
# A reply code that the registry associates with an enhanced code but that
# no RFC defines; $code is a reply code such as 523.
enhanced-undefined-code = { $code } (hiçbir RFC’de tanımlanmamış)
# Shown when the registry names no reply code for an enhanced code.
enhanced-not-given = kayıt defterinde belirtilmemiş
enhanced-also-any = herhangi bir yanıt kodu
enhanced-also-4xx = herhangi bir 4yz yanıt kodu
enhanced-also-5xx = herhangi bir 5yz yanıt kodu
# Marks an enhanced code that the registry deprecates.
label-deprecated = kullanımdan kaldırılmış

## The enhanced status codes of a reply code, in groups under a heading each.
## $code is a reply code such as 550, $class its first digit.

enhanced-named = Kayıt Defterine Göre { CASE($code, form: "instrumental") } İlişkili Kodlar
enhanced-wider = Herhangi Bir { $class } Yanıt Koduyla Kullanılabilen Kodlar
enhanced-practice = Uygulamada { CASE($code, form: "instrumental") } Sık Görülen Kodlar
# Marks a list of codes whose names are all shown in English because they
# are not translated yet.
label-fallback-names = adlar henüz çevrilmedi, İngilizce gösteriliyor

## The list of enhanced status codes (smtpkb list --enhanced)

# $count is a number.
list-enhanced-count =
    { $count ->
        [one] { $count } gelişmiş durum kodu
       *[other] { $count } gelişmiş durum kodu
    }
# $class is the class the reader asked for with --class, such as 3.
error-no-enhanced-class = kayıt defterinde { $class } sınıfından gelişmiş durum kodu yok

## The site's pages of enhanced status codes (cargo xtask export)

label-all-enhanced = Tüm Gelişmiş Durum Kodları
# $code is an enhanced status code such as 5.7.1, $name its name; the title
# of its page.
site-enhanced-title = { $code } { $name }: SMTP gelişmiş durum kodu
# The description of the page that lists every enhanced status code.
site-enhanced-description = IANA kayıt defterindeki tüm gelişmiş durum kodları, konularına göre: her birinin ne anlama geldiği, nedeninin nasıl düzeltileceği ve hangi yanıt kodlarıyla gönderildiği.

## The site's search, landing page, notices and page furniture
## (cargo xtask export). Codes in these texts (550, 5.7.1, 334) are
## written as they are, in ASCII digits.
## Turkish: search is “arama” (the label and button “Ara”), the landing
## page “açılış sayfası”, a link to a section “bölüm bağlantısı”, never a
## bare “bağlantı”, which is the connection (see GLOSSARY.md). No suffix is
## typed after a number or a date: a separate word follows it
## (“{ $date } tarihinde”), or CASE adds the suffix
## (“%{ CASE($percent, form: "possessive") }”, %42’si).

# The label of the search box and of its button.
label-search = Ara
# Shown inside the empty search box: what a reader can type.
site-search-placeholder = 550, 5.7.1, 334 451 ya da bir sözcük
# The heading of the search page.
site-search-title = Bu başvuru kaynağında arayın
# Under the search box on the search page: what it finds.
site-search-hint = 550 gibi bir yanıt kodu, 5.7.1 veya X.7.1 gibi bir gelişmiş durum kodu, 334 451 gibi karşılaştırılacak iki kod ya da sayfalarda geçen sözcükler yazın.
# $count is the number of pages found, 1 or more. Turkish uses the CLDR
# categories one and other; a noun after a number stays singular, so both
# variants read the same.
site-search-count =
    { $count ->
        [one] { $count } sayfa bulundu
       *[other] { $count } sayfa bulundu
    }
site-search-none = Aramanızla eşleşen bir sayfa bulunamadı.
# Shown on the search page when the browser runs no JavaScript.
site-search-needs-script = Arama, tarayıcınızda çalışır ve JavaScript gerektirir. JavaScript olmadan da tüm yanıt kodlarını ana sayfada, tüm gelişmiş durum kodlarını ise ayrı bir listede bulabilirsiniz.
# The description of the search page.
site-search-description = SMTP yanıt kodları ve gelişmiş durum kodları arasında koda ya da sözcüğe göre arama yapın.
# The kind of a page in the search results.
label-comparison = Karşılaştırma
# The heading above the language picker of the landing page.
site-root-languages = Bu başvuru kaynağını kendi dilinizde okuyun
# The landing page: what the site is for, under its title.
site-root-about = Her sayfa bir kodu açıklar ya da iki kodu karşılaştırır: yanıtın ne anlama geldiğini, postayı gönderen sunucunun yeniden deneyip denemeyeceğini ve gönderen ile posta sunucusu yöneticisinin neler yapabileceğini anlatır. Her bilginin hangi RFC bölümüne dayandığı belirtilir ve site, diskten açıldığında çevrimdışı da çalışır.
# The heading above the list of codes on the landing page and an index.
label-reply-codes = Yanıt Kodları
# A link that skips the header to the page's main text.
site-skip = Ana metne geç
# The control beside a heading that links to its section; a click copies
# the link.
site-copy-link = Bu bölümün bağlantısını kopyala
# Said to screen-reader users once the link is copied.
site-link-copied = Bölüm bağlantısı kopyalandı
# The heading of the short table of contents of a comparison page.
site-on-this-page = Bu Sayfada
# The notice on a page with English parts. $percent is a whole number from
# 0 to 99: the share of the page's text that is translated. Turkish puts
# the sign first (%42), and CASE adds the possessive (%42’si, %30’u).
# “kısım” is a part; “bölüm” is a section of the page or of an RFC.
site-notice-partial = Bu sayfanın bir kısmı henüz çevrilmedi: metnin %{ CASE($percent, form: "possessive") } Türkçe, geri kalanı ise İngilizce gösteriliyor.
# A link from a partly translated page to the same page in English.
site-notice-english = Sayfanın tamamını İngilizce okuyun
# A link to the translation file that holds the page's text, on a page in a
# language other than English.
site-edit-translation = Bu çeviriyi düzenle
# The same link on an English page, to the English text.
site-edit-source = Bu metni düzenle
# The footer of every page. $version is the version of smtpkb, such as
# 0.4.0; $date the site's build day, written as 2026-12-01: the day of a
# reproducible build, or else the day the site's facts last changed.
site-footer = { $date } tarihinde smtpkb { $version } ile oluşturuldu.
# The footer of every page when the site has no build day (see site-footer).
# $version is the version of smtpkb, such as 0.4.0.
site-footer-undated = smtpkb { $version } ile oluşturuldu.
# The page shown for an address where the site has no page.
site-not-found-title = Sayfa bulunamadı
site-not-found-text = Sitenin bu adreste bir sayfası yok. Aradığınız kodu arama kutusuyla bulabilir ya da kod listesinden başlayabilirsiniz.

## Classes (RFC 3463, section 2)

enhanced-class-2-name = Başarı
enhanced-class-2-description = 2.XXX.YYY biçimindeki bir kod, teslimatın başarılı olduğunu bildirir (RFC 3463, bölüm 2). Ardından gelen konu ve ayrıntı kodları, teslimat için gereken bir değişikliği, örneğin içeriğin dönüştürülmesini bildirebilir.

# “Persistent” is “süregelen”, never “kalıcı”, which is the permanent
# failure of class 5.
enhanced-class-4-name = Süregelen geçici hata
enhanced-class-4-description = 4.XXX.YYY biçimindeki bir kod, iletinin gönderildiği şekliyle geçerli olduğunu, ancak geçici bir durumun, iletiyi gönderme denemelerinin ertelenmesine ya da bu denemelerden vazgeçilmesine yol açacak kadar uzun sürdüğünü bildirir (RFC 3463, bölüm 2). İleti daha sonra yeniden gönderildiğinde teslimat başarılı olabilir.

enhanced-class-5-name = Kalıcı hata
enhanced-class-5-description = 5.XXX.YYY biçimindeki bir kod, iletiyi olduğu gibi yeniden göndermenin büyük olasılıkla çözmeyeceği bir hatayı bildirir (RFC 3463, bölüm 2). Teslimatın başarılı olabilmesi için iletinin ya da hedefin değişmesi gerekir.

## Subjects (RFC 3463, section 2)

enhanced-subject-0-name = Diğer veya tanımsız durum
enhanced-subject-0-description = X.0.YYY biçimindeki bir kod, bildirilen durumun kaynağı hakkında hiçbir bilgi vermez (RFC 3463, bölüm 2). Bu konunun tek bir ayrıntı kodu vardır: X.0.0.

enhanced-subject-1-name = Adresleme durumu
enhanced-subject-1-description = X.1.YYY biçimindeki bir kod, gönderen adresinde ya da bir alıcı adresinde bir sorun olduğunu bildirir; örneğin adresin sözdizimi hatalı ya da adresin kendisi geçersiz olabilir (RFC 3463, bölüm 2). Gönderen bu hataları genellikle düzeltip iletiyi yeniden gönderebilir.

enhanced-subject-2-name = Posta kutusu durumu
enhanced-subject-2-description = X.2.YYY biçimindeki bir kod, bildirilen durumun alıcının posta kutusuyla ilgili bir nedenden kaynaklandığını bildirir (RFC 3463, bölüm 2). Posta kutusu sorunlarının genel olarak alıcının denetiminde olduğu varsayılır.

enhanced-subject-3-name = Posta sistemi durumu
enhanced-subject-3-description = X.3.YYY biçimindeki bir kod, bildirilen durumun hedef posta sistemiyle ilgili bir nedenden kaynaklandığını bildirir (RFC 3463, bölüm 2). Bu sorunların genel olarak hedef sistemin yöneticisinin denetiminde olduğu varsayılır.

# Routing is “yönlendirme”, as in “yönlendirici” (router); where mail
# forwarding could be meant, “(routing)” follows it (see GLOSSARY.md).
enhanced-subject-4-name = Ağ ve yönlendirme durumu
enhanced-subject-4-description = X.4.YYY biçimindeki bir kod, teslimat sisteminin kendisiyle ilgili bir durumu bildirir; buna sistemin gereksinim duyduğu dizin ve yönlendirme (routing) hizmetleri gibi altyapı bileşenleri de girer (RFC 3463, bölüm 2). Bu sorunların hedef sistemin ya da aradaki bir sistemin yöneticisinin denetiminde olduğu varsayılır.

enhanced-subject-5-name = Posta teslimat protokolü durumu
enhanced-subject-5-description = X.5.YYY biçimindeki bir kod, iletiyi teslim eden protokoldeki hataları bildirir; bunlar, protokolü uygulayan yazılımdaki hatalardan güvenilir olmayan bir bağlantıya kadar uzanır (RFC 3463, bölüm 2).

# “Translation” is the conversion of content from one format to another,
# not a translation between languages.
enhanced-subject-6-name = İleti içeriği veya medya durumu
enhanced-subject-6-description = X.6.YYY biçimindeki bir kod, içeriğin başka bir biçime dönüştürülmesinde ya da yeniden kodlanmasında çıkan sorunlar veya desteklenmeyen bir medya türü gibi, iletinin içeriğiyle ilgili hataları bildirir (RFC 3463, bölüm 2). Bu sorunlar hem postayı gönderen hem de postayı alan tarafın denetimindedir, çünkü iki tarafın da ortak bir dizi içerik türünü desteklemesi gerekir.

enhanced-subject-7-name = Güvenlik veya politika durumu
enhanced-subject-7-description = X.7.YYY biçimindeki bir kod, alıcıya ya da ana bilgisayara göre yapılan filtreleme gibi politikalarla ve kriptografiyle ilgili hataları bildirir (RFC 3463, bölüm 2). Hem gönderenin hem de alıcının, aralarında ileti gönderilip alınmasına izin vermesi ve bunun gerektirdiği anahtar ve sertifika değişimini düzenlemesi gerekir.

## Learn more

# A link to a section of an RFC; $rfc is a number such as 5321, $section a
# section number such as "4.2.3".
learn-more-rfc = { $rfc }, bölüm { $section }

## The comparison of two codes
## $a and $b are the two codes, $name-a and $name-b their names.

compare-summary =
    { $same-class ->
        [yes]
            { $a } ({ $name-a }) ve { $b } ({ $name-b }) kodlarının ikisi de { $class-a ->
                [2] birer başarı yanıtıdır; bu nedenle istemci ikisini de başarı olarak yorumlar
                [3] birer ara yanıttır; bu nedenle istemci ikisini de devam etmesi gerektiği anlamında yorumlar
                [4] birer geçici hatadır; bu nedenle istemci ikisini de daha sonra yeniden denemesi gerektiği anlamında yorumlar
               *[5] birer kalıcı hatadır; bu nedenle istemci ikisini de isteği değiştirmeden yinelememesi gerektiği anlamında yorumlar
            }. { $phase-overlap ->
                [same] Farklı olan, oturumda göründükleri yer değil, her birinin gönderildiği durumdur.
                [a-any] Farklı olan, her birinin gönderildiği durum ve oturumda göründüğü yerdir.
                [b-any] Farklı olan, her birinin gönderildiği durum ve oturumda göründüğü yerdir.
                [a-within-b] Farklı olan, her birinin gönderildiği durum ve oturumda göründüğü yerdir.
                [b-within-a] Farklı olan, her birinin gönderildiği durum ve oturumda göründüğü yerdir.
                [partial] Farklı olan, her birinin gönderildiği durum ve oturumda göründüğü yerdir.
               *[none] Farklı olan, her birinin gönderildiği durum ve oturumda göründüğü yerdir.
            }
       *[no]
            { $a } ({ $name-a }) { $class-a ->
                [2] bir başarı yanıtıdır
                [3] istemciden devam etmesini isteyen bir ara yanıttır
                [4] geçici bir hatadır
               *[5] kalıcı bir hatadır
            }, { $b } ({ $name-b }) ise { $class-b ->
                [2] bir başarı yanıtıdır
                [3] istemciden devam etmesini isteyen bir ara yanıttır
                [4] geçici bir hatadır
               *[5] kalıcı bir hatadır
            }; bu yüzden ikisini birbirine karıştıran bir istemci bir sonraki adımda yanlış davranır.
    }

# The first digit and what it means for the client, including retries.
# $class-name-a and $class-name-b are the names of the classes.
# $message-a and $message-b say whether the code concerns a message (it
# answers MAIL, RCPT, DATA or BDAT): yes or no.
compare-diff-class =
    { $same-class ->
        [yes]
            İki kod da { $class-yz-a } ({ $class-name-a }) sınıfındadır: { $class-a ->
                [2] sunucu isteneni yerine getirmiştir ve hiçbir şey yeniden denenmez.
                [3] sunucu istemcinin bir sonraki satırını bekler ve hiçbir şey yeniden denenmez.
                [4] istemci daha sonra yinelerse istek başarılı olabilir.
               *[5] istemci aynı isteği değiştirmeden yinelememelidir.
            }
       *[no]
            { $a } kodu { $class-yz-a } ({ $class-name-a }) sınıfındadır, yani { $class-a ->
                [2] istek başarıyla yerine getirilmiştir
                [3] istemcinin daha fazla girdi göndermesi gerekir
                [4] { $message-a ->
                    [yes] istemci iletiyi saklar ve daha sonra yeniden dener
                   *[no] istemci isteği daha sonra yineleyebilir
                }
               *[5] istemci aynı isteği değiştirmeden yinelememelidir
            }; { $b } kodu ise { $class-yz-b } ({ $class-name-b }) sınıfındadır, yani { $class-b ->
                [2] istek başarıyla yerine getirilmiştir.
                [3] istemcinin daha fazla girdi göndermesi gerekir.
                [4] { $message-b ->
                    [yes] istemci iletiyi saklar ve daha sonra yeniden dener.
                   *[no] istemci isteği daha sonra yineleyebilir.
                }
               *[5] istemci aynı isteği değiştirmeden yinelememelidir.
            }
    }

# The second digit: $category-a and $category-b are 0 to 5, and each value
# has its own variant (3 and 4 read the same). $category-name-a and
# $category-name-b are category names. RFC 5321 section 4.2.1 gives the
# meanings.
compare-diff-category =
    { $same-category ->
        [yes]
            İki kodda da ikinci basamak { $category-a } ({ $category-name-a }) olduğundan { $category-a ->
                [0] ikisi de bir komutun sözdizimiyle ya da uygulanmamış veya başka hiçbir kategoriye girmeyen bir komutla ilgilidir.
                [1] ikisi de bir bilgi isteğini yanıtlar.
                [2] ikisi de iletim kanalıyla ilgilidir.
                [3] ikisinin de neyle ilgili olduğu bu basamaktan anlaşılmaz.
               *[4] ikisinin de neyle ilgili olduğu bu basamaktan anlaşılmaz.
                [5] ikisi de istenen eylem için posta sisteminin durumunu bildirir.
            }
       *[no]
            İkinci basamak farklıdır: { $a } kodunda { $category-a } ({ $category-name-a }) olan bu basamak, { $category-a ->
                [0] kodun bir komutun sözdizimiyle ya da uygulanmamış veya başka hiçbir kategoriye girmeyen bir komutla ilgili olduğunu gösterir
                [1] kodun bir bilgi isteğini yanıtladığını gösterir
                [2] kodun iletim kanalıyla ilgili olduğunu gösterir
                [3] kodun neyle ilgili olduğunu belirtmez
               *[4] kodun neyle ilgili olduğunu belirtmez
                [5] kodun istenen eylem için posta sisteminin durumunu bildirdiğini gösterir
            }; { $b } kodunda ise { $category-b } ({ $category-name-b }) olan bu basamak, { $category-b ->
                [0] kodun bir komutun sözdizimiyle ya da uygulanmamış veya başka hiçbir kategoriye girmeyen bir komutla ilgili olduğunu gösterir.
                [1] kodun bir bilgi isteğini yanıtladığını gösterir.
                [2] kodun iletim kanalıyla ilgili olduğunu gösterir.
                [3] kodun neyle ilgili olduğunu belirtmez.
               *[4] kodun neyle ilgili olduğunu belirtmez.
                [5] kodun istenen eylem için posta sisteminin durumunu bildirdiğini gösterir.
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
# Turkish: every list stands before the verb, and the clitic “de/da” is not
# used after a list, because its vowel would depend on the last phrase.
compare-diff-phase =
    { $phase-overlap ->
        [a-any] { $a } kodu herhangi bir komuta yanıt olarak gönderilebildiğinden { CASE($b, form: "genitive") } görüldüğü her yerde görülebilir: { $phases-b }.
        [b-any] { $b } kodu herhangi bir komuta yanıt olarak gönderilebildiğinden { CASE($a, form: "genitive") } görüldüğü her yerde görülebilir: { $phases-a }.
        [same] İkisi de oturumun aynı bölümlerinde görülür: { $phases-shared }.
        [a-within-b] { $b } kodu hem { CASE($a, form: "genitive") } görüldüğü her yerde ({ $phases-shared }) hem de { $phases-only-b } görülür.
        [b-within-a] { $a } kodu hem { CASE($b, form: "genitive") } görüldüğü her yerde ({ $phases-shared }) hem de { $phases-only-a } görülür.
        [partial] İkisi de { $phases-shared } görülebilir; { $phases-only-a } yalnızca { $a } kodu, { $phases-only-b } ise yalnızca { $b } kodu görülür.
       *[none] { $a } kodu { $phases-a } görülür; { $b } kodu ise { $phases-b } görülür.
    }

# Who has to act. $actor-a and $actor-b take the values none, client,
# client-operator, sender, server-operator.
compare-diff-actor =
    { $same-actor ->
        [yes]
            Her iki yanıtın ardından da { $actor-a ->
                [none] kimsenin bir şey yapması gerekmez: yanıt başarıyı bildirir.
                [client] istemci yazılımı, bir kişinin müdahalesine gerek kalmadan gereğini kendiliğinden yapar.
                [client-operator] istemciyi yapılandıran ya da geliştiren kişinin, istemcinin ayarlarını veya kodunu değiştirmesi gerekir.
                [sender] gönderenin, iletiyi ya da iletinin gönderen veya alıcı adreslerini değiştirmesi gerekir.
               *[server-operator] yanıtı veren sunucunun yöneticisinin sorunu gidermesi gerekir.
            }
       *[no]
            { $a } yanıtının ardından { $actor-a ->
                [none] kimsenin bir şey yapması gerekmez
                [client] istemci yazılımı gereğini kendiliğinden yapar
                [client-operator] istemciyi yapılandıran ya da geliştiren kişinin, istemcinin ayarlarını veya kodunu değiştirmesi gerekir
                [sender] gönderenin, iletiyi ya da iletinin gönderen veya alıcı adreslerini değiştirmesi gerekir
               *[server-operator] yanıtı veren sunucunun yöneticisinin sorunu gidermesi gerekir
            }; { $b } yanıtının ardından ise { $actor-b ->
                [none] kimsenin bir şey yapması gerekmez.
                [client] istemci yazılımı gereğini kendiliğinden yapar.
                [client-operator] istemciyi yapılandıran ya da geliştiren kişinin, istemcinin ayarlarını veya kodunu değiştirmesi gerekir.
                [sender] gönderenin, iletiyi ya da iletinin gönderen veya alıcı adreslerini değiştirmesi gerekir.
               *[server-operator] yanıtı veren sunucunun yöneticisinin sorunu gidermesi gerekir.
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
# Turkish: the postposition “ile” follows a list of one or more sources
# without a number suffix, and “destekleyen” follows any extension name.
compare-diff-source =
    { $a } kodu { $sources-a } ile, { $b } kodu ise { $sources-b } ile tanımlanmıştır. { $extension ->
        [a] { CASE($a, form: "accusative") } yalnızca { $offers-a } destekleyen bir sunucu gönderir.
        [b] { CASE($b, form: "accusative") } yalnızca { $offers-b } destekleyen bir sunucu gönderir.
        [both] Her birini yalnızca onu tanımlayan uzantılardan birini destekleyen bir sunucu gönderir.
       *[none] İkisi de SMTP’nin kendisine aittir, bu yüzden her sunucu bunları gönderebilir.
    }

# Advice for choosing between the two codes; label-fix is the section
# label “How to fix”.
compare-when-to-use =
    { $same-class ->
        [yes]
            İkisi de istemciye { $class-a ->
                [2] başarı
                [3] devam etme
                [4] yeniden deneme
               *[5] vazgeçme
            } konusunda aynı şeyi söyler; bu yüzden onları birbirinden ayıran şey nedenleridir: sunucu { $a } ({ $name-a }) yanıtını bir durumda, { $b } ({ $name-b }) yanıtını ise başka bir durumda gönderir. Gerçekte aldığınız kodun “{ label-fix }” adımlarını izleyin.
       *[no]
            Sunucu { $a } yanıtını { $class-a ->
                [2] isteği yerine getirdiğinde
                [3] isteği tamamlamak için istemciden daha fazla girdiye ihtiyaç duyduğunda
                [4] hata geçiciyse ve aynı istek daha sonra başarılı olabilecekse
               *[5] hata kalıcıysa ve isteği değiştirmeden yinelemek işe yaramayacaksa
            } gönderir; { $b } yanıtını ise { $class-b ->
                [2] isteği yerine getirdiğinde gönderir.
                [3] isteği tamamlamak için istemciden daha fazla girdiye ihtiyaç duyduğunda gönderir.
                [4] hata geçiciyse ve aynı istek daha sonra başarılı olabilecekse gönderir.
               *[5] hata kalıcıysa ve isteği değiştirmeden yinelemek işe yaramayacaksa gönderir.
            }
    }

## Lists and counts

# $count is a number. Turkish uses the CLDR categories one and other; a noun
# after a number stays singular, so both variants read the same.
list-count =
    { $count ->
        [one] { $count } yanıt kodu
       *[other] { $count } yanıt kodu
    }
# $percent is a whole number from 0 to 100. Turkish puts the sign first: %42.
coverage-percent = %{ $percent }

## Messages to the reader

# $code is what the reader typed, $nearest a list of known codes.
error-unknown-code = bilinmeyen yanıt kodu: { $code }; en yakın bilinen kodlar: { $nearest }
error-not-a-code = “{ $input }” bir yanıt kodu değil: yanıt kodları 250 veya 451 gibi üç basamaktan, gelişmiş durum kodları ise 5.7.1 veya X.7.1 gibi noktalarla ayrılmış üç sayıdan oluşur
# $code is an enhanced status code as the reader typed it, such as 5.9.1.
error-unknown-enhanced = bilinmeyen gelişmiş durum kodu: { $code }; kayıt defterinde böyle bir kod yok
compare-same-code = { $code } ile { $code } aynı koddur; bu kod hakkında bilgi almak için “smtpkb show { $code }” komutunu çalıştırın.
# $requested is the language the reader asked for, $used the one shown.
warning-unknown-locale = “{ $requested }” için çeviri yok; { $used } gösteriliyor
# $problem describes, in English, a translation that failed to format.
warning-shown-in-english = { $problem }; bunun yerine İngilizce gösteriliyor

## smtpkb explain: what a server’s reply means
##
## $code is a reply code as found, such as "550"; $enhanced an enhanced status
## code as found, such as "5.7.1"; $name the localized name of either. The
## server’s own text is never passed to these messages: it is shown apart,
## as sent.

label-reply-code = Yanıt Kodu
label-status-code = Gelişmiş Durum Kodu
label-server-text = Sunucunun Yanıt Metni
# Beside the server’s text, which is shown exactly as the server sent it.
label-server-text-note = gönderildiği gibi, çevrilmeden
label-retry = Yeniden Deneme
label-actor = Kim Harekete Geçer
label-explanation = Açıklama
label-warnings = Uyarılar
label-replies = Bulunan Yanıtlar
# $reply is the codes as found, such as “550 5.7.1”.
explain-title = { $reply } ne anlama gelir?
# The heading of one reply of a log; $line is its line number.
explain-record = Satır { $line }
explain-reply = Sunucu { $code } koduyla yanıt verdi: “{ $name }”.
# $class is the class of the code, such as “5yz”, and $class-name its name.
explain-reply-undefined = Sunucu { $code } koduyla yanıt verdi; bu kod hiçbir RFC’de tanımlanmamıştır, bu yüzden anlamı sunucunun kullandığı yazılıma bağlıdır. Kod, ilk basamağına göre { $class } sınıfındadır: “{ $class-name }”.
# $subject is the subject of the code, such as “X.7.YYY”.
explain-status = { $enhanced } gelişmiş durum kodu “{ $name }” anlamına gelir ve { $subject } konusuna girer: “{ $subject-name }”.
explain-status-unregistered = Gelişmiş durum kodlarının kayıt defterinde { $enhanced } diye bir kod yoktur: bu kodu sunucunun kullandığı yazılım tanımlar. Kod yine de { $subject } konusuna girer: “{ $subject-name }”.
explain-status-unknown-subject = Gelişmiş durum kodlarının kayıt defterinde { $enhanced } diye bir kod yoktur ve RFC 3463, { $subject } diye bir konu tanımlamaz: bu kodu sunucunun kullandığı yazılım tanımlar.
explain-status-from-wrapper = Yanıtın kendisi gelişmiş durum kodu içermiyor; { $enhanced } kodu, bu yanıtı alıntılayan yanıttan alındı.
explain-status-from-input = Yanıtın kendisi gelişmiş durum kodu içermiyor; { $enhanced } kodu, metnin başka bir yerinden, örneğin bir DSN “Status” alanından alındı.
explain-status-only = Metinde yanıt kodu yok, yalnızca { $enhanced } gelişmiş durum kodu var; teslimat durum bildirimlerinde ve posta günlüklerinde kod bu şekilde yer alır.
# $outer is the reply of the server that passed on $inner, the reply of
# another server.
explain-nested = { $outer } yanıtını veren sunucu, başka bir sunucudan aldığı yanıtı alıntılıyor; burada açıklanan, diğer sunucunun { $inner } yanıtıdır.
explain-retry-completion = Yeniden denenecek bir şey yok: yanıt başarıyı bildirir.
explain-retry-intermediate = Yeniden denenecek bir şey yok: sunucu komutu kabul etti ve istemcinin devam etmesini bekliyor.
explain-retry-transient = Hata geçicidir. Postayı gönderen sunucu iletiyi kuyruğunda tutar ve kendiliğinden, genellikle en az 30 dakika arayla yeniden dener; birkaç gün, genellikle dört ya da beş gün sonra da denemekten vazgeçer (RFC 5321, bölüm 4.5.4.1). İleti ancak o zaman bir teslim edilemedi raporuyla geri döner.
explain-retry-permanent = Hata kalıcıdır. Postayı gönderen sunucu yeniden denemez ve iletiyi gönderenine geri döndürür; iletiyi değiştirmeden yeniden göndermek de aynı hatayla sonuçlanır: önce nedenin giderilmesi gerekir.
explain-actor-none = Hiç kimse: ortada bir sorun yok.
explain-actor-client = İstemci yazılımı, kendiliğinden: yanıt, protokolün bir adımıdır.
explain-actor-client-operator = İstemci yazılımını yapılandıran ya da geliştiren kişi.
explain-actor-sender = İletinin göndereni; sorunun nedeni postayı gönderen sunucudaysa, o sunucunun yöneticisi.
explain-actor-server-operator = Yanıtı veren sunucunun yöneticisi; gönderenin yapabileceği tek şey, sorunu ona bildirmektir.
# $class is the reply’s class, such as “5yz”; $status-class the enhanced
# code’s, such as “4.XXX.YYY”.
warning-class-mismatch = { $enhanced } gelişmiş durum kodu { $status-class } sınıfında, { $code } yanıt kodu ise { $class } sınıfında; istemcinin ne yapacağını yanıt kodu belirler
warning-code-changed = devam satırlarında { $continuation }, son satırda ise { $final } kodu var; bir yanıtın bütün satırları aynı kodu taşımalıdır (RFC 5321, bölüm 4.2.1), bu yüzden son satırdaki kod esas alındı
warning-unfinished = metinde çok satırlı bir yanıtın yalnızca ilk satırları var (her birinde { CASE($code, form: "ablative") } sonra bir tire geliyor): son satır eksik, bu yüzden sunucunun yanıt metni yarıda kesilmiş olabilir
warning-not-utf8 = metin geçerli UTF-8 değil; geçersiz baytlar “�” ile değiştirildi
warning-several-replies = metinde, bir oturum dökümünde olduğu gibi { $count } yanıt var; sonuncusu olan { $code } yanıtı açıklanıyor
error-no-reply = hiçbir SMTP yanıtı bulunamadı: metinde ne 550 gibi bir yanıt kodu ne de 5.7.1 gibi bir gelişmiş durum kodu var
