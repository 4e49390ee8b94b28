### Turkish text for the SMTP reply codes in smtpkb (the code prose). For each
### code: a short name, a description of its meaning, its class and each
### context in which it is defined, the situations in which servers send it,
### what to do about it for each audience it concerns, and, where an RFC
### restricts its use, the restriction. Only the codes below are translated;
### every other code falls back to the English reference text.
###
### The fix messages are code-NNN-fix-sender (Gönderen İçin),
### code-NNN-fix-admin (Posta Sunucusu Yöneticisi İçin) and
### code-NNN-fix-developer (İstemci Geliştiricisi İçin). Each line is one step
### and is shown as one list item, so every fix message has exactly the lines
### of the English one.
###
### Quoted server replies (such as “451 4.3.0 Error: queue file write error”)
### are kept verbatim, because readers match them against their logs; where
### the sentence does not say what a reply means, a Turkish gloss follows it
### in parentheses. Terms follow GLOSSARY.md. No case suffix is attached to a
### code or a number: a noun (“451 kodu”, “554 yanıtı”) or a separate
### postposition (“ile”, “yerine”, “uyarınca”) follows it.

## 3yz: positive intermediate

code-334-name = Kimlik doğrulama sınaması
code-334-description = Sunucu bir SMTP AUTH sürecinin (RFC 4954, bölüm 4) ortasındadır ve istemcinin bir sonraki yanıtını beklemektedir. Bu bir ara yanıttır: koddan sonraki metin, base64 ile kodlanmış sınamanın kendisidir ve başka bir şey içermez; veri taşımayan bir sınama, boşluktan sonra hiçbir şey olmadan <samp>334 </samp> biçiminde gönderilir. İstemci, base64 ile kodlanmış tek satırlık veriyle ya da süreci iptal etmek için tek bir yıldız işaretiyle (<samp>*</samp>) yanıt verir; iptal durumunda sunucu AUTH komutunu 501 ile reddeder.
code-334-when = Sunucu 334 yanıtını, daha fazla veri gerektiren bir <code>AUTH</code> komutundan sonra mekanizmanın her adımı için bir kez gönderir. <code>LOGIN</code> mekanizmasında <samp>334 VXNlcm5hbWU6</samp> yanıtında koddan sonraki metin <samp>Username:</samp> (kullanıcı adı) ifadesinin, <samp>334 UGFzc3dvcmQ6</samp> yanıtında ise <samp>Password:</samp> (parola) ifadesinin base64 karşılığıdır. <code>PLAIN</code> mekanizması ilk yanıt (initial response) olmadan kullanıldığında sınama boştur; <code>CRAM-MD5</code> mekanizmasında ise sınama, hiçbir zaman yeniden kullanılmayan bir dizge içerir ve istemci bu dizgeyi parolayla birlikte bir HMAC-MD5 özetinde birleştirir. <code>XOAUTH2</code> mekanizmasında Gmail, ilk yanıttaki OAuth belirtecini (token) reddettiğinde 334 kodunu, <code>status</code>, <code>schemes</code> ve <code>scope</code> alanlarını içeren ve base64 ile kodlanmış JSON biçiminde bir hata nesnesi döndürmek için de kullanır.
code-334-fix-developer =
    Sınamanın base64 kodlamasını çözün, mekanizmanın gerektirdiği yanıtı hesaplayın ve bu yanıtı base64 ile kodlayarak tek bir satırda gönderin.
    Kullanıcı adını ve parolayı sonlarına satır sonu eklemeden kodlayın, çünkü kodlamaya katılmış bir satır sonu, <code>LOGIN</code> ve <code>PLAIN</code> süreçlerinin başarısız olmasının sık görülen bir nedenidir.
    İstemci bir sınamanın kodlamasını çözemezse, RFC 4954 (bölüm 4) uyarınca süreci yalnızca bir yıldız işareti (<samp>*</samp>) içeren bir satırla iptal edin ve 501 yanıtı bekleyin.
    <code>XOAUTH2</code> mekanizmasında bir sınamanın kodu çözüldüğünde JSON biçiminde bir hata nesnesi çıkarsa, süreci sonlandırmak için buna boş bir satırla yanıt verin; yeniden denemeden önce de OAuth belirtecini (token) yenileyin ya da kapsamını (scope) düzeltin.

## 4yz: transient negative completion

code-421-name = Hizmet kullanılamıyor, iletim kanalı kapatılıyor
code-421-description = Sunucu şu anda hizmet veremiyor ve bağlantıyı kapatıyor (RFC 5321, bölüm 3.8). Bu geçici olumsuz yanıt oturumun herhangi bir noktasında, herhangi bir komuta yanıt olarak ya da 220 karşılama yanıtı yerine gelebilir ve o sırada sürmekte olan posta işlemi tamamlanmaz. İstemci bağlantıyı kapatır, iletiyi kuyruğunda tutar ve daha sonra yeniden dener.
code-421-when = Sunucular 421 yanıtını kapanırken veya yeniden başlatılırken, toplamda ya da tek bir istemciden gelen bağlantı sayısı çok fazla olduğunda, bir zaman aşımı dolduğunda ve bir istemci çok fazla hata yaptığında gönderir. Postfix, bir istemci <code>smtpd_hard_error_limit</code> sınırını aştığında <samp>421 4.7.0 mail.example.com Error: too many errors</samp> yanıtını, bir istemci çok uzun süre sessiz kaldığında <samp>421 4.4.2 mail.example.com Error: timeout exceeded</samp> yanıtını, <code>smtpd_client_connection_count_limit</code> sınırına ulaşıldığında ise <samp>421 4.7.0 mail.example.com Error: too many connections from</samp> ifadesini ve ardından istemcinin adresini gönderir. Exim, <code>smtp_accept_max</code> sınırına ulaşıldığında <samp>421 Too many concurrent SMTP connections; please try again later.</samp> (çok fazla eşzamanlı SMTP bağlantısı var; lütfen daha sonra yeniden deneyin) yanıtını gönderir. Gmail gönderenleri sınırlamak için 421 kodunu <code>4.7.0</code> ile birlikte kullanır; bu yanıtın metni örneğin <samp>Our system has detected an unusual rate of unsolicited mail originating from your IP address</samp> (sistemimiz, IP adresinizden olağan dışı oranda istenmeyen posta geldiğini tespit etti) olabilir.
code-421-fix-sender =
    Bekleyin: posta sunucunuz iletiyi saklar ve yeniden dener; durum ortadan kalktığında teslimat normalde başarılı olur.
    Birkaç saat sonra gelen bir gecikme bildiriminde hâlâ 421 kodu görünüyorsa, bildirimi posta sunucusu yöneticinize ya da e-posta sağlayıcınıza gönderin.
code-421-fix-admin =
    Postayı gönderen taraftaysanız, yanıt metnini ve gelişmiş durum kodunu okuyun: <code>4.7.x</code> genellikle hız sınırlaması ya da bir itibar sorunu anlamına gelir; bu durumda o hedefe açtığınız paralel bağlantı sayısını ve gönderim hızını düşürün (Postfix’te <code>smtp_destination_concurrency_limit</code> ve <code>smtp_destination_rate_delay</code>) ve IP adresinizin herkese açık kara listelerde olup olmadığını denetleyin.
    Postayı alan taraftaysanız, yanıtın verildiği saatteki posta günlüğü kayıtlarında yeniden başlatma, aşırı yük, bağlantı sınırı (Postfix’te <code>smtpd_client_connection_count_limit</code>, Exim’de <code>smtp_accept_max</code>) ya da zaman aşımı gibi nedeni arayın.
    Bir istemci sürekli <samp>too many errors</samp> yanıtı alıyorsa, <code>smtpd_hard_error_limit</code> değerini yükseltmek yerine o istemcinin oturumundaki ilk hatayı bulun.

code-450-name = Posta kutusu geçici olarak kullanılamıyor
code-450-description = Sunucu posta kutusu için istenen eylemi gerçekleştirmedi, ancak durum geçicidir (RFC 5321, bölüm 4.2.3: “mailbox unavailable (e.g., mailbox busy or temporarily blocked for policy reasons)”, yani posta kutusu kullanılamıyor; örneğin meşgul ya da politika gereği geçici olarak engellenmiş). Bu geçici olumsuz bir yanıttır: istemci iletiyi saklar ve daha sonra yeniden dener. Talep üzerine posta relay’i (ODMR, RFC 2645, bölüm 5.2.1) kapsamında 450 kodu <code>ATRN</code> komutunu yanıtlar ve <samp>ATRN request refused</samp> (<code>ATRN</code> isteği reddedildi) anlamına gelir: müşterinin adını verdiği alan adlarının hepsi için posta alma izni olmayabilir ya da müşteri ATRN komutunu çok erken yinelemiş olabilir.
code-450-when = En yaygın neden gri listelemedir: sunucu bilinmeyen bir gönderenden gelen ilk denemeyi reddeder ve belirli bir süre sonra yapılan yeniden denemeyi kabul eder. Bir Postfix politika hizmeti olan Postgrey bunu, <samp>450 4.2.0</samp> ile başlayan, alıcı adresini ve <samp>Recipient address rejected: Greylisted</samp> (alıcı adresi reddedildi: gri listeye alındı) metnini içeren bir yanıtla yapar. Postfix, kısıtlamalarında <code>reject_unknown_sender_domain</code> ya da <code>reject_unknown_client_hostname</code> varsa varsayılan olarak 450 ile yanıt verir (<code>unknown_address_reject_code</code>, <code>unknown_client_reject_code</code>); bu yanıtlarda <samp>Sender address rejected: Domain not found</samp> (gönderen adresi reddedildi: alan adı bulunamadı) ve <samp>Client host rejected: cannot find your hostname</samp> (istemci ana bilgisayarı reddedildi: ana bilgisayar adınız bulunamıyor) gibi metinler yer alır. Gmail, bir alıcıya çok yüksek hızda posta geldiğinde <samp>450 4.2.1 The user you are trying to contact is receiving mail too quickly</samp> yanıtını gönderir. RFC 5321 (bölüm 4.3.2) 450 kodunu <code>RCPT TO</code> komutunun ve ileti verisinin sonunun yanıtları arasında sayar, <code>MAIL FROM</code> komutununkiler arasında ise saymaz.
code-450-fix-sender =
    Bekleyin: posta sunucunuz otomatik olarak yeniden dener ve gri listeleme ya da hız sınırlaması uygulayan sunucu iletiyi sonraki bir denemede kabul eder.
    Birkaç saat sonra gelen bir gecikme bildiriminde hâlâ 450 kodu görünüyorsa, bildirimi posta sunucusu yöneticinize gönderin.
code-450-fix-admin =
    Postayı gönderen taraftaysanız, sunucunuzun ertelenen postayı tercihen aynı IP adresinden yeniden denediğinden emin olun, çünkü gri listeleme yapan bir sunucu yalnızca tanıdığı bir yeniden denemeyi kabul eder.
    Yanıt metni bir DNS sorunundan söz ediyorsa, sorunu giderin: gönderim yaptığınız IP adresi için ileri yönlü bir DNS kaydıyla eşleşen bir ters DNS kaydı (<code>PTR</code> kaydı) yayımlayın ve gönderen alan adınızın çözümlendiğinden emin olun.
    Postayı alan taraftaysanız, nedeni posta günlüğünüzde okuyun ve büyük sağlayıcılar gibi doğru biçimde yeniden deneyen ama bunu değişen adreslerden yapan gönderenleri izin listesine ekleyin.
code-450-fix-developer =
    Uygulamanız postayı kendisi teslim ediyorsa, 450 kodunu kesin bir hata olarak ele almak yerine iletiyi kuyruğa alıp daha sonra yeniden deneyin ya da iletiyi bunu sizin yerinize yapan yerel bir posta sunucusuna bırakın.
    Yeniden denemeleri aralıklı yapın: RFC 5321 (bölüm 4.5.4.1) denemeler arasında en az 30 dakika beklenmesini ve ancak dört beş gün sonra vazgeçilmesini önerir.

code-451-name = İşlenirken yerel bir hata oluştu
code-451-description = Sunucu, kendi tarafındaki bir hata nedeniyle istenen eylemi yarıda kesti (RFC 5321, bölüm 4.2.3). Bu geçici olumsuz bir yanıttır: sunucu istenen şeyi kabul etmedi; istemci iletiyi saklar ve daha sonra yeniden dener. RFC 5321 (bölüm 3.8) ayrıca istemciye, bir posta işlemi sırasında kopan bağlantıyı 451 yanıtı almış gibi ele almasını söyler. Talep üzerine posta relay’i (ODMR, RFC 2645, bölüm 5.2.1) kapsamında ise sunucu, müşterinin istenen alan adlarına erişim iznini o anda denetleyemediğinde, örneğin bir veritabanı kullanılamadığı için, <code>ATRN</code> komutunu 451 ile yanıtlar.
code-451-when = Sunucular 451 yanıtını bir disk, bir kuyruk dosyası, bir veritabanı, bir DNS sorgusu ya da virüs veya spam tarayıcısı gibi bir içerik filtresi başarısız olduğunda gönderir; Postfix’in <samp>451 4.3.0 Error: queue file write error</samp> (kuyruk dosyası yazma hatası) ve <samp>451 4.3.5 Server configuration error</samp> (sunucu yapılandırma hatası) yanıtları buna örnektir. Microsoft 365, gönderim yapan bir IP adresine hız sınırlaması uyguladığında postayı <samp>451 4.7.500 Server busy. Please try again later</samp> (sunucu meşgul, lütfen daha sonra yeniden deneyin) yanıtıyla erteler. Bazı gri listeleme filtreleri 450 yerine 451 kullanır.
code-451-fix-sender =
    Bekleyin: posta sunucunuz otomatik olarak yeniden dener ve postayı alan sunucu toparlandığında ileti genellikle yerine ulaşır.
    Günlerce süren 451 yanıtlarının ardından sonunda bir teslim edilemedi raporu alırsanız, iletiyi daha sonra yeniden gönderin ve alıcıya başka bir kanaldan haber verin.
code-451-fix-admin =
    Postayı alan taraftaysanız, yanıtın verildiği saatteki posta günlüğü kayıtlarını inceleyin, çünkü dolu bir disk, durmuş bir filtre hizmeti, yanıt vermeyen bir veritabanı ya da bir yapılandırma hatası gibi başarısız olan bileşeni günlük kayıtları gösterir.
    Bu bileşeni onarın; ertelenen iletiler, gönderenlerin bir sonraki yeniden denemesinde yerine ulaşır.
    Postayı gönderen taraftaysanız ve büyük bir sağlayıcı postanızı 451 ile erteliyorsa (örneğin <code>4.7.500</code> kodunu gönderen Microsoft 365), o sağlayıcıya gönderim hızınızı düşürün, yeniden denemeyi sürdürün ve IP adresinizin itibarını denetleyin.

## 5yz: permanent negative completion

# forward-path (RFC 5321): the new address that the server gives in the reply,
# “yeni adres”. No “(forward-path)” in the name: comparison frames quote a
# name in parentheses (see GLOSSARY.md).
code-551-name = Kullanıcı yerel değil; lütfen yeni adresi deneyin
code-551-description = Alıcı bu sunucuda yerel değildir ve sunucu iletiyi yönlendirmeyecektir, ancak yanıt, alıcıya ulaşılabilecek bir adres bildirir (RFC 5321, bölüm 3.4 ve 4.2.3). Bu, söz konusu alıcı için kalıcı olumsuz bir yanıttır: istemci aynı adresi bu sunucuda yeniden denememelidir. Sunucu, istemcinin adresi güncelleyeceğini, hatta kullanıcıya haber vereceğini varsaymamalıdır (RFC 5321, bölüm 3.4); bu nedenle iletiyi yeni adrese gönderip göndermeyeceğine gönderen karar verir.
code-551-when = Bu yanıt nadiren görülür, çünkü bir kullanıcının nereye taşındığını açığa çıkarır; RFC 5321 (bölüm 3.4) sunucunun bunun yerine yeni adresi vermeden 550 ile yanıt vermesine izin verir. Sendmail’in <code>redirect</code> özelliği, bir takma ad eski adresi sonuna “<code>.REDIRECT</code>” eklenmiş yeni adrese eşlediğinde <samp>551 5.1.1 User has moved; please try</samp> (kullanıcı taşındı; lütfen şunu deneyin) metnini ve ardından yeni adresi gönderir. Sunucu böyle bir adres için <code>VRFY</code> komutuna da 551 ile yanıt verebilir (RFC 5321, bölüm 3.5.3). Postfix 3.4 ve sonraki sürümler ise 551 kodunu bununla ilgisi olmayan bir anlamda, önceki bir <code>BDAT</code> hatasından sonra gelen <code>BDAT</code> komutlarına yanıt olarak kullanır; örneğin <samp>551 5.0.0 Discarded</samp>, bayt sayısı ve <samp>bytes after earlier error</samp> ifadesinden oluşan bu yanıt, önceki hatadan sonra gelen baytların atıldığını bildirir.
code-551-fix-sender =
    Yanıt metnindeki yeni adresi okuyun ve mümkünse alıcıyla başka bir kanaldan doğrulayın.
    İletiyi yeni adrese gönderin ve adres defterinizi ya da e-posta listenizi güncelleyin.
code-551-fix-admin =
    Kullanıcılarınızın nereye taşındığını açığa çıkarmak istemiyorsanız, bunun yerine açıklayıcı bir metinle 550 yanıtı verin ya da kullanıcılarınızın postasını sessizce yönlendirin; RFC 5321 (bölüm 3.4) ikisine de izin verir.
code-551-restriction = RFC 5321 (bölüm 3.4), 551 kodunu destekleyen sunucuların yöneticilere bu kodu devre dışı bırakma ya da kullanımını kısıtlama olanağı sunması gerektiğini (SHOULD) belirtir, çünkü bu yanıt bir kullanıcının nereye taşındığını açığa çıkarabilir. <code>SMTPUTF8</code> kapsamında (RFC 6531, bölüm 3.7.4.1), <code>MAIL</code> komutu <code>SMTPUTF8</code> parametresini taşımıyorsa sunucu içinde ASCII dışı karakterli bir posta kutusu adresi bulunan bir 551 yanıtı döndürmemelidir (MUST NOT); bunun yerine böyle bir adres içermeyen bir 550 yanıtı göndermelidir.

code-554-name = Posta işlemi başarısız
code-554-description = Sunucu posta işlemini ya da oturumun tamamını reddetti ve temel yanıt kodu daha belirli bir neden bildirmez (RFC 5321, bölüm 4.2.3). Bu kalıcı olumsuz bir yanıttır: istemci aynı iletiyi değiştirmeden yeniden göndermemelidir. 220 karşılama yanıtı yerine gönderildiğinde <samp>No SMTP service here</samp> (burada SMTP hizmeti yok) anlamına gelir (RFC 5321, bölüm 3.1): istemci <code>QUIT</code> göndermelidir; sunucu da bu komutu bekler ve diğer komutlara 503 ile yanıt verir. RFC 7504 ise artık hiçbir zaman posta kabul etmeyen bir ana bilgisayar için 521 kodunu önerir. <code>STARTTLS</code> sonrasında TLS oturumunu yeterince güçlü bulmayan bir sunucu, <code>QUIT</code> dışındaki her komuta 554 ile yanıt verir (RFC 3207, bölüm 4.1).
code-554-when = En yaygın kullanımı, <code>DATA</code> komutuna ya da ileti verisinin sonuna verilen yanıttır: Postfix tüm alıcıları reddettiğinde <code>DATA</code> komutuna <samp>554 5.5.1 Error: no valid recipients</samp> (geçerli alıcı yok) ile yanıt verir; içerik filtreleri de bir iletiyi, örneğin spam olduğu gerekçesiyle, verisi alındıktan sonra 554 ile reddeder. Postfix, <code>RCPT TO</code> komutuna verdiği ret yanıtlarında da varsayılan olarak 554 kodunu kullanır: hem <code>reject_unauth_destination</code> kuralının reddettiği relay girişimleri için (<samp>554 5.7.1</samp>, adres ve <samp>Relay access denied</samp>, yani relay izni verilmedi) hem de bir DNS kara listesinde yer alan istemciler için (<samp>554 5.7.1 Service unavailable; Client host</samp>, adres, <samp>blocked using</samp> ve listenin adı; yani istemci bu liste nedeniyle engellendi). Exim, <code>host_reject_connection</code> ile eşleşen ana bilgisayarlara karşılama yanıtı olarak <samp>554 SMTP service not available</samp> (SMTP hizmeti kullanılamıyor) gönderir; Postfix de ikinci bir <code>STARTTLS</code> komutuna <samp>554 5.5.1 Error: TLS already active</samp> (TLS zaten etkin) ile yanıt verir.
code-554-fix-sender =
    Teslim edilemedi raporundaki yanıt metnini ve gelişmiş durum kodunu okuyun, çünkü 554 kodu birbirinden çok farklı nedenleri kapsar.
    <samp>Relay access denied</samp> yanıtı alıyorsanız, e-posta programınızın kendi sağlayıcınızın giden posta sunucusunda kimliğini doğruladığından emin olun (587 numaralı portta SMTP AUTH ile).
    İleti içeriği nedeniyle reddedildiyse, filtreye takılan öğeyi (örneğin bir URL ya da bir ek türü) kaldırın veya alıcıdan, adresinizin izin listesine eklenmesini sağlamasını isteyin.
code-554-fix-admin =
    Ret bir DNS kara listesinden kaynaklanıyorsa, IP adresinizi yanıt metninde adı geçen listede sorgulayın, virüs bulaşmış bir ana bilgisayar ya da açık relay gibi nedeni giderin ve listeden çıkarılmayı talep edin.
    Kendi kullanıcılarınız <samp>Relay access denied</samp> yanıtı alıyorsa, kimliklerini doğrulamalarını sağlayın (<code>smtpd_relay_restrictions</code> içinde <code>permit_sasl_authenticated</code>) ya da ağlarını <code>mynetworks</code> listesine ekleyin.
    Sunucunuz karşılama yanıtı olarak 554 gönderiyorsa, bağlantıyı <code>QUIT</code> gelene kadar açık tutun ve diğer komutlara 503 ile yanıt verin (RFC 5321, bölüm 3.1); hiçbir zaman posta kabul etmeyen bir ana bilgisayar için ise bunun yerine karşılama yanıtı olarak 521 gönderin (RFC 7504, bölüm 3).
    Sunucunuz TLS oturumu yeterince güçlü olmadığı için <code>STARTTLS</code> sonrasında 554 ile yanıt veriyorsa, politikayı değiştirmeden önce posta günlüğünde istemcinin TLS sürümünü ve şifreleme algoritmalarını (cipher) denetleyin.
