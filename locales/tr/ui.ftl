### smtpkb interface text: section labels, class and category names, and the
### sentence frames of comparisons. Turkish translation of the English
### reference locale (locales/en/ui.ftl).
###
### Variables that hold reply codes ($code, $a, $b) are strings such as "451".
### $class-a, $class-b, $category-a and $category-b are numbers (the first and
### second digit of a code); the other selectors take the string values listed
### in each message's variants.
###
### Turkish note: a code number may be any number, so no suffix is attached
### directly to a placeable. Frames use a noun after the code instead
### ("{ $a } kodu", "{ $a } yanıtını", "{ $b } kodunda") or the separate
### postposition "ile".

# The name of this language, written in this language.
locale-name = Türkçe

## Section labels

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
label-enhanced = Gelişmiş Durum Kodları
label-defined-in = Tanımlandığı Belge
label-usage-note = Kullanım Notu
label-code = Kod
label-name = Ad
label-locale = Yerel Ayar
label-language = Dil
label-interface = Arayüz
label-code-text = Kod Metni
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

class-2 = Olumlu Tamamlanma
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

context-core = SMTP
context-auth = SMTP AUTH
context-starttls = STARTTLS
context-size = SIZE uzantısı
context-smtputf8 = Uluslararasılaştırılmış e-posta (SMTPUTF8)
context-etrn = Uzak kuyruk başlatma (ETRN)
context-odmr = İsteğe Bağlı Posta Aktarımı (ATRN)

## Session phases in which a reply appears

phase-connection = Bağlantının açılması veya kapanması
phase-any-command = Herhangi bir komuta verilen yanıt
phase-query = Bilgi komutları (HELP, VRFY, EXPN, NOOP)
phase-starttls = TLS anlaşması (STARTTLS)
phase-auth = Kimlik doğrulama (AUTH)
phase-transaction = Posta işlemi (MAIL FROM, RCPT TO)
phase-data = İleti aktarımı (DATA)
phase-turn = Kuyruktaki postanın alınması (ETRN, ATRN)

## Learn more

# A link to a section of an RFC; $rfc is a number such as 5321, $section a
# section number such as "4.2.3".
learn-more-rfc = RFC { $rfc }, bölüm { $section }

## The comparison of two codes
## $a and $b are the two codes, $name-a and $name-b their names.

compare-summary =
    { $same-class ->
        [yes]
            { $a } ({ $name-a }) ve { $b } ({ $name-b }) kodlarının ikisi de { $class-a ->
                [2] birer başarı yanıtıdır
                [3] birer ara yanıttır
                [4] birer geçici hata yanıtıdır
               *[5] birer kalıcı hata yanıtıdır
            }; bu nedenle istemci ikisini de aynı şekilde ele alır. { $same-phase ->
                [yes] Aralarındaki fark, oturumda göründükleri yerde değil, nedenlerindedir.
               *[no] Hem nedenleri hem de oturumda göründükleri yer farklıdır.
            }
       *[no]
            { $a } ({ $name-a }) { $class-a ->
                [2] bir başarı yanıtıdır
                [3] istemciden devam etmesini isteyen bir ara yanıttır
                [4] geçici bir hata yanıtıdır
               *[5] kalıcı bir hata yanıtıdır
            }, { $b } ({ $name-b }) ise { $class-b ->
                [2] bir başarı yanıtıdır
                [3] istemciden devam etmesini isteyen bir ara yanıttır
                [4] geçici bir hata yanıtıdır
               *[5] kalıcı bir hata yanıtıdır
            }; bu yüzden ikisini birbirine karıştıran bir istemci iletiyi yanlış işler.
    }

# The first digit and what it means for the client, including retries.
# $class-name-a and $class-name-b are the names of the classes.
compare-diff-class =
    { $same-class ->
        [yes]
            İki kod da { $class-a }yz ({ $class-name-a }) sınıfındadır: { $class-a ->
                [2] sunucu isteneni yerine getirmiştir ve hiçbir şey yeniden denenmez.
                [3] sunucu istemcinin bir sonraki satırını bekler ve hiçbir şey yeniden denenmez.
                [4] istemci iletiyi saklar ve daha sonra yeniden dener.
               *[5] istemci aynı isteği değiştirmeden yinelememelidir.
            }
       *[no]
            { $a } kodu { $class-a }yz ({ $class-name-a }) sınıfındadır, yani { $class-a ->
                [2] istek başarıyla yerine getirilmiştir
                [3] istemcinin daha fazla veri göndermesi gerekir
                [4] istemci iletiyi saklar ve daha sonra yeniden dener
               *[5] istemci vazgeçer ve hatayı bildirir
            }; { $b } kodu ise { $class-b }yz ({ $class-name-b }) sınıfındadır, yani { $class-b ->
                [2] istek başarıyla yerine getirilmiştir.
                [3] istemcinin daha fazla veri göndermesi gerekir.
                [4] istemci iletiyi saklar ve daha sonra yeniden dener.
               *[5] istemci vazgeçer ve hatayı bildirir.
            }
    }

# The second digit. $category-name-a and $category-name-b are category names.
compare-diff-category =
    { $same-category ->
        [yes]
            İki kodun ikinci basamağı aynıdır, yani { $category-a } ({ $category-name-a }): { $category-a ->
                [0] ikisi de bir komutun sözdizimiyle ilgili bir sorun bildirir.
                [1] ikisi de bir bilgi isteğini yanıtlar.
                [2] ikisi de iletim kanalıyla ilgilidir.
                [3] RFC 5321 ikisinde de sorunun türünü belirsiz bırakır.
               *[4] RFC 5321 ikisinde de sorunun türünü belirsiz bırakır.
                [5] ikisi de posta kutusu veya ileti gibi posta sistemiyle ilgilidir.
            }
       *[no]
            İkinci basamak farklıdır: { $a } kodunda bu basamak { $category-a } ({ $category-name-a }) olduğundan kod { $category-a ->
                [0] bir komutun sözdizimiyle ilgili bir sorun bildirir
                [1] bir bilgi isteğini yanıtlar
                [2] iletim kanalıyla ilgilidir
                [3] sorunun türünü belirsiz bırakır
               *[4] sorunun türünü belirsiz bırakır
                [5] posta kutusu veya ileti gibi posta sistemiyle ilgilidir
            }; { $b } kodunda ise bu basamak { $category-b } ({ $category-name-b }) olduğundan kod { $category-b ->
                [0] bir komutun sözdizimiyle ilgili bir sorun bildirir.
                [1] bir bilgi isteğini yanıtlar.
                [2] iletim kanalıyla ilgilidir.
                [3] sorunun türünü belirsiz bırakır.
               *[4] sorunun türünü belirsiz bırakır.
                [5] posta kutusu veya ileti gibi posta sistemiyle ilgilidir.
            }
    }

# Where in the session each code appears. $phase-a and $phase-b take the
# values connection, any-command, query, starttls, auth, transaction, data, turn.
compare-diff-phase =
    { $same-phase ->
        [yes]
            İkisi de oturumun aynı bölümünde görülür: { $phase-a ->
                [connection] bağlantı açılırken veya kapanırken.
                [any-command] herhangi bir komuta yanıt olarak.
                [query] HELP veya VRFY gibi bilgi komutlarına yanıt olarak.
                [starttls] STARTTLS anlaşması sırasında.
                [auth] AUTH alışverişi sırasında.
                [transaction] posta işlemi sırasında, MAIL FROM veya RCPT TO komutlarına yanıt olarak.
                [data] ileti aktarımı sırasında, DATA komutuna veya iletinin sonuna yanıt olarak.
               *[turn] istemci ETRN veya ATRN ile kuyrukta bekleyen postasını istediğinde.
            }
       *[no]
            { $a } kodu { $phase-a ->
                [connection] bağlantı açılırken veya kapanırken
                [any-command] herhangi bir komuta yanıt olarak
                [query] HELP veya VRFY gibi bilgi komutlarına yanıt olarak
                [starttls] STARTTLS anlaşması sırasında
                [auth] AUTH alışverişi sırasında
                [transaction] posta işlemi sırasında, MAIL FROM veya RCPT TO komutlarına yanıt olarak
                [data] ileti aktarımı sırasında, DATA komutuna veya iletinin sonuna yanıt olarak
               *[turn] istemcinin ETRN veya ATRN ile kuyrukta bekleyen postasını istediği sırada
            } görülür; { $b } kodu ise { $phase-b ->
                [connection] bağlantı açılırken veya kapanırken görülür.
                [any-command] herhangi bir komuta yanıt olarak görülür.
                [query] HELP veya VRFY gibi bilgi komutlarına yanıt olarak görülür.
                [starttls] STARTTLS anlaşması sırasında görülür.
                [auth] AUTH alışverişi sırasında görülür.
                [transaction] posta işlemi sırasında, MAIL FROM veya RCPT TO komutlarına yanıt olarak görülür.
                [data] ileti aktarımı sırasında, DATA komutuna veya iletinin sonuna yanıt olarak görülür.
               *[turn] istemcinin ETRN veya ATRN ile kuyrukta bekleyen postasını istediği sırada görülür.
            }
    }

# Who has to act. $actor-a and $actor-b take the values none, client,
# client-operator, sender, server-operator.
compare-diff-actor =
    { $same-actor ->
        [yes]
            Her iki yanıtın ardından da { $actor-a ->
                [none] kimsenin bir şey yapması gerekmez: yanıt başarıyı bildirir.
                [client] istemci yazılımı, bir kişinin müdahalesine gerek kalmadan kendiliğinden işlem yapar.
                [client-operator] istemciyi yapılandıran ya da yazan kişinin onu değiştirmesi gerekir.
                [sender] gönderenin iletiyi ya da adreslerini değiştirmesi gerekir.
               *[server-operator] yanıtı veren sunucunun yöneticisinin sorunu gidermesi gerekir.
            }
       *[no]
            { $a } yanıtının ardından { $actor-a ->
                [none] kimsenin bir şey yapması gerekmez
                [client] istemci yazılımı kendiliğinden işlem yapar
                [client-operator] istemciyi yapılandıran ya da yazan kişinin onu değiştirmesi gerekir
                [sender] gönderenin iletiyi ya da adreslerini değiştirmesi gerekir
               *[server-operator] yanıtı veren sunucunun yöneticisinin sorunu gidermesi gerekir
            }; { $b } yanıtının ardından ise { $actor-b ->
                [none] kimsenin bir şey yapması gerekmez.
                [client] istemci yazılımı kendiliğinden işlem yapar.
                [client-operator] istemciyi yapılandıran ya da yazan kişinin onu değiştirmesi gerekir.
                [sender] gönderenin iletiyi ya da adreslerini değiştirmesi gerekir.
               *[server-operator] yanıtı veren sunucunun yöneticisinin sorunu gidermesi gerekir.
            }
    }

# Which specification defines each code; shown only when they differ.
# $rfc-a and $rfc-b are RFC numbers, $context-a and $context-b context names.
# $extension says which of the two belongs to an SMTP extension: a, b, both
# or none.
compare-diff-source =
    { $a } kodu RFC { $rfc-a } belgesinde ({ $context-a }), { $b } kodu ise RFC { $rfc-b } belgesinde ({ $context-b }) tanımlanmıştır. { $extension ->
        [a] { $a } kodunu bu anlamda yalnızca { $context-a } desteği sunan bir sunucu gönderir.
        [b] { $b } kodunu bu anlamda yalnızca { $context-b } desteği sunan bir sunucu gönderir.
        [both] Her biri yalnızca kendisini tanımlayan uzantıyı sunan bir sunucu tarafından gönderilir.
       *[none] İkisi de SMTP’nin kendisine aittir, bu yüzden her sunucu bunları gönderebilir.
    }

# Advice for choosing between the two codes.
compare-when-to-use =
    { $same-class ->
        [yes]
            İkisi de istemciye { $class-a ->
                [2] başarı
                [3] devam etme
                [4] yeniden deneme
               *[5] vazgeçme
            } konusunda aynı şeyi söyler, bu yüzden seçimi nedene göre yapın: sunucu “{ $name-a }” durumunda { $a }, “{ $name-b }” durumunda ise { $b } yanıtını verir; okur da gerçekten aldığı kodun “{ label-fix }” adımlarını izlemelidir.
       *[no]
            Sunucu { $a } yanıtını { $class-a ->
                [2] isteği yerine getirdiğinde
                [3] işlemi tamamlamak için istemciden daha fazla veri beklediğinde
                [4] hata geçiciyse ve aynı istek daha sonra başarılı olabilecekse
               *[5] hata kalıcıysa ve isteği yinelemek işe yaramayacaksa
            } verir; { $b } yanıtını ise { $class-b ->
                [2] isteği yerine getirdiğinde verir.
                [3] işlemi tamamlamak için istemciden daha fazla veri beklediğinde verir.
                [4] hata geçiciyse ve aynı istek daha sonra başarılı olabilecekse verir.
               *[5] hata kalıcıysa ve isteği yinelemek işe yaramayacaksa verir.
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
error-not-a-code = “{ $input }” bir yanıt kodu değil: yanıt kodları 250 veya 451 gibi üç basamaktan oluşur
compare-same-code = { $code } ile { $code } aynı koddur; bu kod hakkında bilgi almak için “smtpkb show { $code }” komutunu çalıştırın.
# $requested is the language the reader asked for, $used the one shown.
warning-unknown-locale = “{ $requested }” için çeviri yok; { $used } gösteriliyor
warning-shown-in-english = { $problem }; bunun yerine İngilizce gösteriliyor
