### smtpkb’deki SMTP yanıt kodlarının Türkçe metni (locales/en/codes.ftl
### dosyasının çevirisi). Her kod için: kısa bir ad; anlamının, sınıfının ve
### tanımlandığı her bağlamın açıklaması; sunucuların onu gönderdiği durumlar;
### ilgili her okur için yapılacaklar ve, bir RFC kodun kullanımını kısıtlıyor
### ya da kullanımdan kaldırıyorsa, bu kısıtlama.
###
### Düzeltme iletileri code-NNN-fix-sender (Gönderen İçin),
### code-NNN-fix-admin (Posta Sunucusu Yöneticisi İçin) ve
### code-NNN-fix-developer (İstemci Geliştiricisi İçin) iletileridir. Her
### satır bir adımdır ve bir liste öğesi olarak gösterilir; bu yüzden her
### düzeltme iletisinde İngilizcedeki satırlar aynı sırayla yer alır.
###
### Değişmez metinler işaretlidir ve İngilizcedeki her öğe, aynı baytların
### çevresinde, çeviride de yer alır. <samp>…</samp> bir sunucunun ya da
### istemcinin gönderdiği ya da bir programın günlüğe yazdığı metindir (bir
### yanıt ya da yanıtın bir parçası, bir komut satırı, bir günlük iletisi,
### çözülmüş bir kimlik doğrulama istemi); çevresine tırnak konmaz, tırnakları
### gösterici ekler. <code>…</code> okurun yazdığı, yapılandırdığı ya da aradığı
### bir addır: komut ya da uzantı anahtar sözcüğü, parametre, yapılandırma adı
### ya da değeri, başlık alanı, DNS kayıt türü, dosya ya da program adı,
### gelişmiş durum kodu. Öğelerin içi bayt bayt korunur ve çevrilmez. Cümle bir
### yanıtın ne anlama geldiğini söylemiyorsa, öğenin ardından, öğenin dışında,
### ayraç içinde Türkçe bir açıklama gelir: <samp>Relay access denied</samp>
### (relay izni verilmedi). Terimler GLOSSARY.md dosyasına uyar.
###
### Ekler (GLOSSARY.md, “Suffixes”): bu dosyada her sayı yazılı olduğundan,
### bir yanıt koduna, gelişmiş durum koduna, RFC ya da bölüm numarasına gelen
### ek, sayının okunuşunun son sözcüğüne göre seçilir, ’ ile ayrılır ve
### öğenin dışında kalır (334’e, 451’e, 250’ye, 530’a, 235’ten, 221’den,
### RFC 5321’in, <code>5.7.26</code>’yı). Okunuşu belirsiz kısaltmalara ve
### komut adlarına (EHLO, STARTTLS, ETRN, TLS, DNS, MX) ve sonu sayıyla biten
### ürün adlarına (Postfix 3.4, Microsoft 365) ek getirilmez: ardından bir ad
### (“EHLO komutuna”) ya da ayrı bir edat gelir. ui.ftl’deki kalıplar kodu
### bilmediği için hiçbir koda ek getirmez.

## 2yz: olumlu tamamlanma

code-211-name = Sistem durumu ya da sistem yardım yanıtı
code-211-description = Sunucu, sistem durumuna ya da yardıma ilişkin bir isteği kendisi hakkında bilgi vererek yanıtlar (RFC 5321, bölüm 4.2.3). Bu bir olumlu tamamlanma yanıtıdır ve RFC 5321 (bölüm 4.3.2) onu 214 ile birlikte <code>HELP</code> komutuna verilebilecek başarılı yanıtlar arasında sayar. Metin bir insanın okuması içindir ve istemciler onu yorumlamaya çalışmamalıdır.
code-211-when = Günümüzde 211 gönderen sunucu azdır: RFC 5321 standart bir durum komutu tanımlamaz ve sunucuların çoğu <code>HELP</code> komutunu bunun yerine 214 ile yanıtlar. Görüldüğü yerde ise 211, <code>HELP</code> komutuna ya da sunucunun kendine özgü durum komutuna verilmiş bir yanıttır ve metni sunucunun komutlarını ya da durumunu anlatır.
code-211-fix-developer =
    211’i de 214 gibi <code>HELP</code> komutuna verilmiş başarılı bir yanıt olarak ele alın ve metnini ayrıştırmak yerine kullanıcıya gösterin.
    Sunucunun hangi uzantıları desteklediğini öğrenmek için <code>EHLO</code> gönderin ve bu komuta gelen 250 yanıtındaki anahtar sözcükleri okuyun.

code-214-name = Yardım metni
code-214-description = Sunucu <code>HELP</code> komutunu, kendisinin nasıl kullanılacağına ya da standart dışı bir komutun anlamına ilişkin bilgilerle yanıtlar (RFC 5321, bölüm 4.2.3). Bu bir olumlu tamamlanma yanıtıdır ve RFC 5321, bu yanıtın “useful only to the human user” (yalnızca insan kullanıcı için yararlı) olduğunu belirtir. İçeriği sunucudan sunucuya değiştiği için istemciler ona bel bağlamamalıdır.
code-214-when = Sunucular <code>HELP</code> komutunu bir ya da daha fazla 214 satırıyla, genellikle destekledikleri komutların listesiyle yanıtlar. Exim <samp>214-Commands supported:</samp> satırıyla ve komutları sıralayan ikinci bir satırla yanıt verir. Postfix 3.9 ve sonraki sürümler <code>HELP</code> komutunu uygular ve <samp>214 2.0.0 Commands:</samp> ifadesiyle, ardından da uyguladıkları komutlarla yanıt verir; önceki sürümler ise <code>HELP</code> komutunu bilinmeyen bir komut sayar: Postfix 3.7 ve 3.8 buna <samp>500 5.5.2 Error: command not recognized</samp>, Postfix 3.6 ve öncesi ise <samp>502 5.5.2 Error: command not recognized</samp> ile yanıt verir.
code-214-fix-developer =
    Yanıtı bir kişiye yönelik bilgi olarak ele alın ve metnini ayrıştırmayın.
    Sunucunun hangi uzantıları desteklediğini öğrenmek için <code>EHLO</code> gönderin ve gelen 250 yanıtını okuyun, çünkü <code>HELP</code> metni güvenilir bir liste değildir.

code-220-name = Hizmet hazır
code-220-description = Sunucu komut kabul etmeye hazırdır (RFC 5321, bölüm 4.2.3). Bu olumlu tamamlanma yanıtının iki kullanımı vardır: bir istemci bağlandığında sunucunun gönderdiği karşılama yanıtıdır; <code>STARTTLS</code> uzantısında (RFC 3207, bölüm 4) ise <samp>Ready to start TLS</samp> (sunucu TLS başlatmaya hazır) anlamına gelir. Karşılama yanıtından sonra istemci <code>EHLO</code> gönderir; <samp>220 Ready to start TLS</samp> yanıtından sonra ise başka bir komut göndermeden önce TLS el sıkışmasını başlatmalı, ardından yeniden <code>EHLO</code> göndermelidir, çünkü oturum başlangıç durumuna döner (RFC 3207, bölüm 4.2).
code-220-when = Her sunucu yeni bir bağlantıyı 220 ile karşılar; kodun ardından genellikle sunucunun ana bilgisayar adı, çoğu zaman da yazılımının adı gelir: Postfix’in varsayılan karşılama yanıtı, varsayılan değeri “<code>$myhostname ESMTP $mail_name</code>” olan <code>smtpd_banner</code> ile oluşturulan <samp>220 mail.example.com ESMTP Postfix</samp> yanıtıdır. Postfix, TLS anlaşmasına başlayabildiğinde <code>STARTTLS</code> komutuna <samp>220 2.0.0 Ready to start TLS</samp> ile yanıt verir. Postfix postscreen, karşılama yanıtı tamamlanmadan komut gönderen istemcileri yakalamak için çok satırlı bir karşılama yanıtının yalnızca ilk satırını (<samp>220-</samp> ve metnini) gönderip bekleyebilir.
code-220-fix-admin =
    İstemcilere hiçbir karşılama yanıtı gelmiyorsa, güvenlik duvarını, sunucunun istemcilerin kullandığı portu (25, 587 ya da 465) dinleyip dinlemediğini ve bu portun, 465 numaralı portta olduğu gibi, ilk bayttan itibaren TLS bekleyip beklemediğini denetleyin.
    Karşılama yanıtına, sunucunun DNS kayıtlarında yer alan ve istemcilerin kullandığı ana bilgisayar adını yazın (Postfix’te <code>myhostname</code>; <code>smtpd_banner</code> varsayılan olarak bunu kullanır).
    <samp>Ready to start TLS</samp> yanıtından sonra TLS el sıkışması başarısız oluyorsa, sertifikanın, sertifika zincirinin ve özel anahtarın geçerli olduğunu ve birbirine ait olduğunu, ayrıca sunucunun istemcinin desteklediği TLS sürümlerini ve şifreleme algoritmalarını (cipher) sunduğunu denetleyin.
code-220-fix-developer =
    <code>EHLO</code> göndermeden önce, bütün devam satırları dahil karşılama yanıtının tamamını okuyun.
    <samp>220 Ready to start TLS</samp> yanıtından sonra TLS el sıkışmasını hemen başlatın, ardından yeniden <code>EHLO</code> gönderin ve ilk <code>EHLO</code> yanıtından öğrendiğiniz her şeyi geçersiz sayın (RFC 3207, bölüm 4.2).
    465 numaralı portta örtük TLS (implicit TLS), 25 ve 587 numaralı portlarda <code>STARTTLS</code> kullanın, çünkü 465 numaralı porta TLS olmadan bağlanan bir istemci hiçbir zaman gelmeyecek bir karşılama yanıtını bekler.

code-221-name = Hizmet iletim kanalını kapatıyor
code-221-description = Sunucu bağlantıyı kapattığını bildirir (RFC 5321, bölüm 4.2.3). Bu olumlu tamamlanma yanıtı normalde <code>QUIT</code> komutunu yanıtlar; istemci de yanıtı okuduktan sonra bağlantının kendi tarafını kapatır. Kod, oturumdaki iletilerin kabul edilip edilmediği hakkında hiçbir şey söylemez.
code-221-when = Sunucular <code>QUIT</code> komutuna 221 ile yanıt verir; Postfix’in <samp>221 2.0.0 Bye</samp> ve Exim’in <samp>221 mail.example.com closing connection</samp> yanıtları buna örnektir. RFC 5321 (bölüm 4.1.1.10), oturumun daha önceki bölümlerinde hatalar olmuş olsa bile sunucunun <code>QUIT</code> komutuna yanıt vermesini şart koşar. Postfix SMTP sunucusu, bir istemci ileti başlığına benzeyen bir satır ya da <code>smtpd_forbidden_commands</code> içinde listelenen bir komut gönderdiğinde de <samp>221 2.7.0 Error: I can break rules, too. Goodbye.</samp> (hata: ben de kuralları çiğneyebilirim; hoşça kalın) yanıtını gönderip bağlantıyı keser: bu komutlar varsayılan olarak <code>CONNECT</code>, <code>GET</code> ve <code>POST</code> komutlarıdır; Postfix 3.7 ve sonraki sürümlerde büyük harfle başlamayan her bilinmeyen komut da bunlara dahildir. Böyle bir bağlantı kesilmesi genellikle bir web istemcisinin ya da yanlış yapılandırılmış bir programın posta portuna SMTP olmayan veri gönderdiğini gösterir.
code-221-fix-admin =
    221’den sonra bir ileti kaybolmuş görünüyorsa, günlükte o iletinin verisinin sonuna verilen yanıtı arayın: sunucu iletiyi ancak orada 250 ile yanıt verdiyse kabul etmiştir.
    Postfix 221 yanıtını vermeden önce günlüğe <samp>non-SMTP command</samp> (SMTP olmayan komut) yazıyorsa, posta portuna HTTP ya da SMTP olmayan başka veriler gönderen ana bilgisayarı veya programı bulun ve hedefini düzeltin.
code-221-fix-developer =
    Son posta işleminden sonra <code>QUIT</code> gönderin ve bağlantıyı kapatmadan önce 221 yanıtını bekleyin (RFC 5321, bölüm 4.1.1.10).

code-235-name = Kimlik doğrulama başarılı
code-235-description = SMTP AUTH süreci (RFC 4954) tamamlanmıştır ve sunucu istemcinin kimlik bilgilerini kabul etmiştir. Bu olumlu tamamlanma yanıtıyla istemcinin kimliği oturumun geri kalanı için doğrulanmış olur ve sunucu bundan sonraki her <code>AUTH</code> komutunu 503 ile reddetmelidir (RFC 4954, bölüm 4). Mekanizma bir güvenlik katmanı üzerinde anlaştıysa, bu katman yanıttan hemen sonra devreye girer, oturum başlangıç durumuna döner ve istemci yeniden <code>EHLO</code> göndermelidir.
code-235-when = Sunucular doğru kimlik bilgilerinden sonra, genellikle 587 ve 465 numaralı gönderim portlarında 235 gönderir: Postfix <samp>235 2.7.0 Authentication successful</samp>, Exim ise <samp>235 Authentication succeeded</samp> yanıtını verir. E-posta programları ve uygulamalar bu yanıtı, bir kullanıcı adı ve parolayla ya da bir OAuth belirteciyle (token) giriş yaptıklarında alır.
code-235-fix-admin =
    Kimliği doğrulanmış bir kullanıcı <code>MAIL FROM</code> aşamasında yine de reddediliyorsa, gönderen adreslerini giriş adlarına bağlayan kuralları denetleyin (Postfix’te örneğin <code>reject_sender_login_mismatch</code> ile birlikte <code>smtpd_sender_login_maps</code>).
code-235-fix-developer =
    235’ten sonra <code>MAIL FROM</code> ile devam edin; mekanizma bir güvenlik katmanı üzerinde anlaştıysa önce <code>EHLO</code> gönderin (RFC 4954, bölüm 4).
    Aynı oturumda yeniden <code>AUTH</code> göndermeyin, çünkü sunucu bunu 503 ile reddetmek zorundadır.

code-250-name = İstenen posta eylemi başarıyla tamamlandı
code-250-description = Sunucu istenen komutu yerine getirmiştir (RFC 5321, bölüm 4.2.3). Bu olumlu tamamlanma yanıtıyla istemci bir sonraki komutla devam eder; ileti verisinin sonuna verilen yanıt olarak ise sunucunun iletiyi teslim etme ya da relay etme sorumluluğunu üstlendiği anlamına gelir (RFC 5321, bölüm 4.2.5). <code>ETRN</code> kapsamında (RFC 1985, bölüm 5.1) 250, sunucunun istenen düğüm (node), yani alan adı için kuyruğu başlattığı anlamına gelir; bekleyen posta olup olmadığını ise söylemez. Talep üzerine posta relay’i (ODMR, RFC 2645, bölüm 5.2.1) kapsamında 250, bekleyen posta varsa <code>ATRN</code> komutunu kabul eder; ardından istemci ile sunucu rolleri değiştirir.
code-250-when = Sunucular 250 yanıtını <code>EHLO</code> (desteklenen uzantıların listesiyle birlikte), <code>HELO</code>, <code>MAIL FROM</code>, <code>RCPT TO</code>, <code>RSET</code> ve <code>NOOP</code> komutlarına ve adresi doğrulayabildikleri bir <code>VRFY</code> komutuna yanıt olarak, ayrıca <code>DATA</code> ya da <code>BDAT</code> ile gönderilen ileti verisinin sonunda gönderir. Postfix kabul ettiği bir iletiyi <samp>250 2.0.0 Ok: queued as</samp> ve ardından gelen kuyruk kimliğiyle (queue ID) onaylar, başarılı bir <code>ETRN</code> komutuna ise <samp>250 Queuing started</samp> (kuyruk işlenmeye başladı) ile yanıt verir. 250, <code>QUIT</code> (221), <code>HELP</code> (211 ya da 214), <code>AUTH</code> (235), <code>STARTTLS</code> (220) komutlarının ya da <code>DATA</code> komutunun kendisinin (354) yanıtı değildir.
code-250-fix-sender =
    Alıcı iletinin hiç ulaşmadığını söylüyorsa, postayı alan sistemin yöneticisine gönderim saatini ve 250 kodundan sonra gelen, genellikle kuyruk kimliğini içeren metni verin.
    Alıcıdan spam ya da gereksiz posta klasörünü ve varsa filtreleme kurallarını denetlemesini isteyin.
code-250-fix-admin =
    Kabul edilmiş bir iletinin izini sürmek için postayı alan sunucunun posta günlüğünde 250 yanıtındaki kuyruk kimliğini arayın ve iletiyi teslim edilene, ertelenene ya da geri dönene kadar izleyin.
    <code>ETRN</code> 250 döndürdüğü hâlde posta gelmiyorsa, sağlayıcının sunucusunun sizinkine 25 numaralı porttan ulaşabildiğini denetleyin, çünkü bu yanıt yalnızca kuyruğun işlenmeye başladığı anlamına gelir (RFC 1985, bölüm 5.1).

# RFC 5321 reply text, sent by the server that will forward the message.
code-251-name = Kullanıcı yerel değil; ileti yönlendirilecek
code-251-description = Alıcı bu sunucuda yerel değildir, ancak sunucu iletiyi kabul eder ve yönlendirir (RFC 5321, bölüm 3.4 ve 4.2.3). Bu bir olumlu tamamlanma yanıtıdır: istemci posta işlemini 250’den sonra olduğu gibi sürdürür ve yanıt metni yeni adresi bildirebilir, ancak sunucu istemcinin bu adresi kullanacağını varsaymamalıdır. <code>ETRN</code> kapsamında (RFC 1985, bölüm 5.1) 251, <samp>OK, no messages waiting for node</samp> (tamam, düğüm için bekleyen ileti yok) anlamına gelir: sunucu istenen alan adı için hiç posta tutmamaktadır.
code-251-when = Bu yanıt nadirdir, çünkü postayı takma adlar ya da yönlendirme kuralları aracılığıyla yönlendiren sunucuların çoğu 250 ile yanıt verir ve postayı sessizce yönlendirir; RFC 5321 (bölüm 3.4) buna açıkça izin verir. Sunucu, yönlendireceği bir adres için <code>VRFY</code> komutuna da 251 döndürebilir (RFC 5321, bölüm 3.5.3). Alan adı için kuyrukta posta olmadığını anlayabilen bir <code>ETRN</code> sunucusu, RFC 1985’in (bölüm 5.1) önerdiği gibi yalın 250 yerine 251 ile yanıt verir.
code-251-fix-sender =
    Yanıt metni alıcının yeni bir adresini bildiriyorsa, adres defterinizi güncelleyin.
    Alıcı iletiyi almıyorsa, ondan yönlendirme ayarlarını denetlemesini isteyin.
code-251-fix-admin =
    Sunucunuzun yönlendirme adreslerini açığa vermesini istemiyorsanız, onu RFC 5321’in (bölüm 3.4) izin verdiği gibi postayı 250 ile sessizce yönlendirecek şekilde yapılandırın.
    <code>ETRN</code> 251 ile yanıt veriyorsa, alan adı için kuyrukta posta yoktur; bu yüzden yeni posta gelene kadar alınacak bir şey de yoktur.
code-251-restriction = RFC 5321 (bölüm 3.4), 251 kodunu destekleyen sunucuların yöneticilere bu kodu devre dışı bırakma ya da kullanımını kısıtlama olanağı sunması gerektiğini (SHOULD) belirtir, çünkü bu yanıt bir kullanıcının nereye taşındığını açığa çıkarabilir. <code>SMTPUTF8</code> kapsamında (RFC 6531, bölüm 3.7.4.1), <code>MAIL</code> komutu <code>SMTPUTF8</code> parametresini taşımıyorsa sunucu içinde ASCII dışı karakterli bir posta kutusu adresi bulunan bir 251 yanıtı döndürmemelidir (MUST NOT); bunun yerine böyle bir adres içermeyen bir 250 yanıtı göndermelidir.

# RFC 5321 reply text, sent in reply to VRFY.
code-252-name = Kullanıcı <code>VRFY</code> ile doğrulanamıyor, ancak ileti kabul edilip teslim edilmeye çalışılacak
code-252-description = Sunucu adresin var olup olmadığını doğrulamaz, ancak bu adrese gelen postayı kabul edip teslim etmeye çalışır (RFC 5321, bölüm 3.5.3). Bu olumlu tamamlanma yanıtı <code>VRFY</code> ya da <code>EXPN</code> komutunu yanıtlar ve posta kutusunun geçerli olup olmadığı hakkında hiçbir şey söylemez; <code>SMTPUTF8</code> kapsamında (RFC 6531, bölüm 3.7.4.2) <code>X.6.8</code> gelişmiş durum koduyla birlikte gönderilen 252, yanıtın istemcinin izin vermediği bir UTF-8 posta kutusu adı gerektireceği anlamına gelir. <code>ETRN</code> kapsamında (RFC 1985, bölüm 5.1) 252, <samp>OK, pending messages for node started</samp> (tamam, düğüm için bekleyen iletilerin teslimi başlatıldı) anlamına gelir: istenen alan adı için bekleyen posta vardır ve sunucu onu teslim etmeye başlamıştır.
code-252-when = Birçok sunucu her <code>VRFY</code> komutuna 252 ile yanıt verir, çünkü adresleri doğrulamak spam gönderenlerin adres toplamasını kolaylaştırır: qmail <samp>252 send some mail, i’ll try my best</samp> (biraz posta gönder, elimden geleni yapacağım) yanıtını verir; Exchange 2000 ve 2003 ise <samp>252 2.1.5 Cannot VRFY user, but will take message for</samp> ifadesiyle ve ardından adresle yanıt verir. Postfix adrese alıcı kısıtlamalarını uygular ve ardından <samp>252 2.0.0</samp> ile, arkasından da adresi verildiği biçimiyle yazarak yanıt verir; <code>disable_vrfy_command = yes</code> ise <samp>502 5.5.1 VRFY command is disabled</samp> (bu komut devre dışı) ile yanıt verir.
code-252-fix-admin =
    <code>ETRN</code> 252 ile yanıt veriyorsa, sağlayıcının sunucusu bekleyen postayı sizinkine teslim etmektedir; kuyruğun ne zaman boşaldığını öğrenmek istiyorsanız <code>ETRN</code> komutunu daha sonra yineleyin: kuyruk boşaldığında bunu size 251 yanıtı bildirir (RFC 1985, bölüm 5.1).
code-252-fix-developer =
    Bir adresin var olup olmadığını denetlemek için <code>VRFY</code> kullanmayın ve 252 yanıtını “bilinmiyor” olarak değerlendirin.
    Bunun yerine <code>RCPT TO</code> yanıtlarına ve sonradan gelen teslim edilemedi raporlarına güvenin; <code>RCPT TO</code> aşamasında her adresi kabul eden sunucuların iletiyi daha sonra yine de geri döndürebileceğini unutmayın.

# RFC 1985 reply text “OK, n pending messages for node x started”, with the
# number of messages and the node name left out; a node is a domain.
code-253-name = Tamam, düğüm için bekleyen iletilerin teslimi başlatıldı
code-253-description = Sunucu istenen düğüm (node), yani alan adı için tuttuğu postayı teslim etmeye başlamıştır ve yanıt metni kaç iletinin beklediğini bildirir (RFC 1985, bölüm 5.1). Bu, <code>ETRN</code> komutuna, yani sürekli bağlı olmayan bir posta sunucusunun başka bir sunucudan kendi alan adı için kuyruğu başlatmasını istediği komuta verilen bir olumlu tamamlanma yanıtıdır. 252 ile aynı bilgiyi verir, buna ek olarak bekleyen iletilerin sayısını da bildirir.
code-253-when = <code>ETRN</code> destekleyen bir sunucu, istenen alan adı için kuyrukta posta tuttuğunda ve bu postayı sayabildiğinde 253 gönderir; RFC 1985 (bölüm 5.1), istemci bekleyen posta olup olmadığını öğrenebilsin diye, bunu yapabilen sunuculardan yalın 250 yerine 251, 252 ya da 253 göndermelerini ister. Sayı bildiren uygulama azdır: Postfix başarılı bir <code>ETRN</code> komutuna <samp>250 Queuing started</samp> ile, Exim ise <samp>250 OK</samp> ile yanıt verir.
code-253-fix-admin =
    Sağlayıcının sunucusunun bağlanıp iletileri teslim etmesini bekleyin; RFC 1985 bunun belirli bir süre içinde gerçekleşmesini şart koşmaz.
    İletiler gelmezse, sunucunuzun sağlayıcının sunucusundan 25 numaralı porta gelen bağlantıları kabul ettiğini denetleyin ve sunucunuzun günlüğünde sağlayıcının teslim denemelerini arayın.
    Kuyruğun ne zaman boşaldığını görmek için <code>ETRN</code> komutunu daha sonra yineleyin: 251 yanıtı, bekleyen başka ileti kalmadığı anlamına gelir (RFC 1985, bölüm 5.1).

## 3yz: olumlu ara yanıt

code-334-name = Kimlik doğrulama sınaması
code-334-description = Sunucu bir SMTP AUTH sürecinin (RFC 4954, bölüm 4) ortasındadır ve istemcinin bir sonraki yanıtını beklemektedir. Bu bir ara yanıttır: koddan sonraki metin, base64 ile kodlanmış sınamanın kendisidir ve başka bir şey içermez; veri taşımayan bir sınama, boşluktan sonra hiçbir şey olmadan <samp>334 </samp> biçiminde gönderilir. İstemci, base64 ile kodlanmış tek satırlık veriyle ya da süreci iptal etmek için tek bir yıldız işaretiyle (<samp>*</samp>) yanıt verir; iptal durumunda sunucu süreci 501 ile reddeder.
code-334-when = Sunucu 334 yanıtını, daha fazla veri gerektiren bir <code>AUTH</code> komutundan sonra mekanizmanın her adımı için bir kez gönderir. <code>LOGIN</code> mekanizmasında <samp>334 VXNlcm5hbWU6</samp> yanıtında koddan sonraki metin <samp>Username:</samp> (kullanıcı adı) ifadesinin, <samp>334 UGFzc3dvcmQ6</samp> yanıtında ise <samp>Password:</samp> (parola) ifadesinin base64 karşılığıdır. <code>PLAIN</code> mekanizması ilk yanıt (initial response) olmadan kullanıldığında sınama boştur; <code>CRAM-MD5</code> mekanizmasında ise sınama, hiçbir zaman yeniden kullanılmayan bir dizge içerir ve istemci bu dizgeyi parolayla birlikte bir HMAC-MD5 özetinde birleştirir. <code>XOAUTH2</code> mekanizmasında Gmail, ilk yanıttaki OAuth belirtecini (token) reddettiğinde 334’ü, <code>status</code>, <code>schemes</code> ve <code>scope</code> alanlarını içeren ve base64 ile kodlanmış JSON biçiminde bir hata nesnesi döndürmek için de kullanır.
code-334-fix-developer =
    Sınamanın base64 kodlamasını çözün, mekanizmanın gerektirdiği yanıtı hesaplayın ve bu yanıtı base64 ile kodlayarak tek bir satırda gönderin.
    Kullanıcı adını ve parolayı sonlarına satır sonu eklemeden kodlayın, çünkü kodlamaya katılmış bir satır sonu, <code>LOGIN</code> ve <code>PLAIN</code> süreçlerinin başarısız olmasının sık görülen bir nedenidir.
    İstemci bir sınamanın kodlamasını çözemezse, RFC 4954 (bölüm 4) uyarınca süreci yalnızca bir yıldız işareti (<samp>*</samp>) içeren bir satırla iptal edin ve 501 yanıtı bekleyin.
    <code>XOAUTH2</code> mekanizmasında bir sınamanın kodu çözüldüğünde JSON biçiminde bir hata nesnesi çıkarsa, süreci sonlandırmak için buna boş bir satırla yanıt verin; yeniden denemeden önce de OAuth belirtecini (token) yenileyin ya da kapsamını (scope) düzeltin.

code-354-name = Posta girdisine başlayın
code-354-description = Sunucu <code>DATA</code> komutunu kabul etmiştir ve iletinin içeriğini beklemektedir (RFC 5321, bölüm 4.2.3). Bu bir ara yanıttır: istemci şimdi iletinin başlığını ve gövdesini gönderir ve bunları yalnızca bir nokta içeren bir satırla bitirir (RFC 5321, bölüm 4.1.1.4). İletiyle ilgili son yanıt ancak bu satırdan sonra gelir ve istemci 354 yanıtını almadıkça ileti verisi göndermemelidir (RFC 5321, bölüm 3.3).
code-354-when = Sunucular, posta işleminde bir gönderen ve kabul edilmiş en az bir alıcı varsa <code>DATA</code> komutundan sonra 354 gönderir. Yanıt metni genellikle verinin nasıl bitirileceğini yineler; örneğin Exim, istemciden iletiyi tek başına bir satırda duran bir noktayla bitirmesini ister. <code>PIPELINING</code> (RFC 2920) ile istemci <code>MAIL FROM</code>, <code>RCPT TO</code> ve <code>DATA</code> komutlarını tek bir grup hâlinde gönderebilir ve 354 yanıtını önceki komutların yanıtlarından sonra okur; <code>CHUNKING</code> (RFC 3030) ile ise istemci veriyi <code>BDAT</code> ile gönderir ve sunucu 354 göndermez.
code-354-fix-admin =
    Aktarımlar 354’ten sonra duruyorsa, iki sunucu arasında SMTP verisini inceleyen ya da geciktiren güvenlik duvarlarını, vekil sunucuları (proxy) ya da tarama yapan ağ geçitlerini arayın.
    Sunucunun veri zaman aşımının yavaş bağlantılardaki büyük iletilere uygun olduğunu denetleyin (Postfix’te <code>smtpd_timeout</code>, varsayılan olarak 300 saniye).
code-354-fix-developer =
    354’ten sonra iletiyi gönderin ve yalnızca bir nokta içeren bir satırla bitirin.
    E-posta kütüphanesi bunu zaten yapmıyorsa, iletinin nokta ile başlayan her satırının başına ikinci bir nokta ekleyin (dot-stuffing, RFC 5321, bölüm 4.5.2).
    Her satırı CR LF ile bitirin, çünkü bazı sunucular, örneğin <code>smtpd_forbid_bare_newline = reject</code> ayarlı Postfix, tek başına gelen satır besleme karakterlerini reddeder.
    <code>QUIT</code> ya da bir sonraki <code>MAIL FROM</code> komutunu göndermeden önce son noktaya verilen yanıtı bekleyin, çünkü sunucunun iletiyi kabul edip etmediğini yalnızca bu yanıt söyler.

# RFC 1845 reply text; in the real reply, the number of octets stands in
# place of “Octet offset”, as in “355 6135 is the transaction offset”.
code-355-name = Sekizli konumu, posta işleminin konumudur
code-355-description = <code>CHECKPOINT</code> uzantısında (RFC 1845, deneysel bir RFC), sunucu kesintiye uğramış bir posta işleminin <code>TRANSID</code> parametresini yineleyen bir <code>MAIL</code> komutuna 355 ile ve ileti verisinden hâlihazırda sakladığı sekizli (octet) sayısıyla yanıt verir. Bu bir ara yanıttır: istemci ardından <code>DATA</code> ya da başka bir veri komutu gönderir ve iletinin geri kalanını, sıfırdan sayılan konumun (offset) gösterdiği sekizliden itibaren iletir; posta işlemi ardından her zamanki gibi sona erer (RFC 1845, bölüm 3). 0 konumu, istemcinin iletinin tamamını yeniden göndermesi gerektiği anlamına gelir.
code-355-when = 355 yanıtını yalnızca <code>EHLO</code> yanıtında <code>CHECKPOINT</code> uzantısını listeleyen bir sunucu gönderir ve bunu da ancak bir istemci kopan bir bağlantının ardından yeniden bağlanıp <code>MAIL FROM</code> komutunu aynı <code>TRANSID</code> değeriyle yinelediğinde yapar; RFC 1845’teki <samp>355 6135 is the transaction offset</samp> (6135, posta işleminin konumudur) örneği bu durumu gösterir. RFC 1845, 1995 yılından kalma deneysel bir RFC’dir ve günümüz sunucularının neredeyse hiçbiri <code>CHECKPOINT</code> uzantısını uygulamaz; bu yüzden bu yanıtla neredeyse hiç karşılaşılmaz.
code-355-fix-developer =
    <code>MAIL FROM</code> komutunu aynı <code>TRANSID</code> parametresiyle yalnızca <code>EHLO</code> yanıtında <code>CHECKPOINT</code> listelemiş bir sunucuya yineleyin.
    355’ten sonra yanıtın ilk sözcüğü olan konumu okuyun, <code>DATA</code> gönderin ve ardından iletiyi, konumun belirttiği sayıda sekizliyi atlayarak o sekizliden itibaren gönderin.
    Konumu, RFC 1845’in (bölüm 3) tanımladığı gibi, iletinin dot-stuffing uygulanmadan önceki hâli üzerinden ve zarf hariç sayın.
    Sunucu <code>CHECKPOINT</code> listelemiyorsa, iletinin tamamını yeni bir posta işleminde yeniden gönderin.

## 4yz: geçici olumsuz tamamlanma

code-421-name = Hizmet kullanılamıyor, iletim kanalı kapatılıyor
code-421-description = Sunucu şu anda hizmet veremiyor ve bağlantıyı kapatıyor (RFC 5321, bölüm 3.8). Bu geçici olumsuz yanıt oturumun herhangi bir noktasında, herhangi bir komuta yanıt olarak ya da 220 karşılama yanıtı yerine gelebilir ve o sırada sürmekte olan posta işlemi tamamlanmaz. İstemci bağlantıyı kapatır, iletiyi kuyruğunda tutar ve daha sonra yeniden dener.
code-421-when = Sunucular 421 yanıtını kapanırken veya yeniden başlatılırken, toplamda ya da tek bir istemciden gelen bağlantı sayısı çok fazla olduğunda, bir zaman aşımı dolduğunda ve bir istemci çok fazla hata yaptığında gönderir. Postfix, bir istemci <code>smtpd_hard_error_limit</code> sınırını aştığında <samp>421 4.7.0 mail.example.com Error: too many errors</samp> yanıtını, bir istemci çok uzun süre sessiz kaldığında <samp>421 4.4.2 mail.example.com Error: timeout exceeded</samp> yanıtını, <code>smtpd_client_connection_count_limit</code> sınırına ulaşıldığında ise <samp>421 4.7.0 mail.example.com Error: too many connections from</samp> ifadesini ve ardından istemcinin adresini gönderir. Exim, <code>smtp_accept_max</code> sınırına ulaşıldığında <samp>421 Too many concurrent SMTP connections; please try again later.</samp> (çok fazla eşzamanlı SMTP bağlantısı var; lütfen daha sonra yeniden deneyin) yanıtını gönderir. Gmail gönderenleri sınırlamak için 421’i <code>4.7.0</code> ile birlikte kullanır; bu yanıtın metni örneğin <samp>Our system has detected an unusual rate of unsolicited mail originating from your IP address</samp> (sistemimiz, IP adresinizden olağan dışı oranda istenmeyen posta geldiğini tespit etti) olabilir.
code-421-fix-sender =
    Bekleyin: posta sunucunuz iletiyi saklar ve yeniden dener; durum ortadan kalktığında teslimat normalde başarılı olur.
    Birkaç saat sonra gelen bir gecikme bildiriminde hâlâ 421 kodu görünüyorsa, bildirimi posta sunucusu yöneticinize ya da e-posta sağlayıcınıza gönderin.
code-421-fix-admin =
    Postayı gönderen taraftaysanız, yanıt metnini ve gelişmiş durum kodunu okuyun: <code>4.7.x</code> genellikle hız sınırlaması ya da bir itibar sorunu anlamına gelir; bu durumda o hedefe açtığınız paralel bağlantı sayısını ve gönderim hızını düşürün (Postfix’te <code>smtp_destination_concurrency_limit</code> ve <code>smtp_destination_rate_delay</code>) ve IP adresinizin herkese açık kara listelerde olup olmadığını denetleyin.
    Postayı alan taraftaysanız, yanıtın verildiği saatteki posta günlüğü kayıtlarında yeniden başlatma, aşırı yük, bağlantı sınırı (Postfix’te <code>smtpd_client_connection_count_limit</code>, Exim’de <code>smtp_accept_max</code>) ya da zaman aşımı gibi nedeni arayın.
    Bir istemci sürekli <samp>too many errors</samp> yanıtı alıyorsa, <code>smtpd_hard_error_limit</code> değerini yükseltmek yerine o istemcinin oturumundaki ilk hatayı bulun.

code-432-name = Parola geçişi gerekiyor
code-432-description = Sunucunun seçilen kimlik doğrulama mekanizmasını kabul edebilmesi için kullanıcının önce bu mekanizmaya geçiş yapması gerekir (RFC 4954, bölüm 6). Bu geçici olumsuz yanıt <code>AUTH</code> komutunu yanıtlar; nedeni genellikle sunucunun hesabın kimlik bilgilerini henüz bu mekanizmanın gerektirdiği biçimde saklamamasıdır. RFC 4954’e göre geçiş genellikle <code>PLAIN</code> mekanizmasıyla bir kez kimlik doğrulanarak yapılır; bundan sonraki oturumlarda seçilen mekanizma çalışmalıdır.
code-432-when = Hesabın parolası yalnızca mekanizmanın kullanamayacağı bir biçimde saklanıyorsa, örneğin hesap başka bir parola şemasından taşındıktan sonra, sunucu <code>CRAM-MD5</code> ya da <code>SCRAM</code> gibi bir mekanizmayla gönderilen <code>AUTH</code> komutuna <samp>432 4.7.12 A password transition is needed</samp> ile yanıt verir. Bu yanıt nadirdir, çünkü sunucuların çoğu bu tür hesaplar için böyle mekanizmaları hiç sunmaz ya da 535 ile yanıt verir.
code-432-fix-sender =
    E-posta programınızı, şifreli bir bağlantı üzerinden bir kez normal parola yöntemiyle kimlik doğrulayacak şekilde ayarlayın, ardından daha önce kullandığınız yönteme geri dönün.
    Yanıt sürerse, e-posta sağlayıcınıza başvurun.
code-432-fix-admin =
    Hesabın parola saklama şemasını denetleyin, çünkü <code>CRAM-MD5</code> ve <code>SCRAM</code> gibi mekanizmalar parolanın kendisine ya da mekanizmaya özgü saklanmış bir anahtara gereksinim duyar ve sıradan bir parola özeti (hash) bunu sağlayamaz.
    Yalnızca saklanan kimlik bilgilerinin desteklediği mekanizmaları sunun ya da RFC 4954’ün (bölüm 6) açıkladığı gibi, sunucunun yeni biçimi saklayabilmesi için kullanıcıların TLS üzerinden bir kez <code>PLAIN</code> ile kimlik doğrulamasına izin verin.

code-450-name = Posta kutusu geçici olarak kullanılamıyor
code-450-description = Sunucu posta kutusu için istenen eylemi gerçekleştirmedi, ancak durum geçicidir (RFC 5321, bölüm 4.2.3: “mailbox unavailable (e.g., mailbox busy or temporarily blocked for policy reasons)”, yani posta kutusu kullanılamıyor; örneğin meşgul ya da politika gereği geçici olarak engellenmiş). Bu geçici olumsuz bir yanıttır: istemci iletiyi saklar ve daha sonra yeniden dener. Talep üzerine posta relay’i (ODMR, RFC 2645, bölüm 5.2.1) kapsamında 450, <code>ATRN</code> komutunu yanıtlar ve <samp>ATRN request refused</samp> (istek reddedildi) anlamına gelir: müşterinin adını verdiği alan adlarının hepsi için posta alma izni olmayabilir ya da müşteri <code>ATRN</code> komutunu çok erken yinelemiş olabilir.
code-450-when = En yaygın neden gri listelemedir: sunucu bilinmeyen bir gönderenden gelen ilk denemeyi reddeder ve belirli bir süre sonra yapılan yeniden denemeyi kabul eder. Bir Postfix politika hizmeti olan Postgrey bunu, <samp>450 4.2.0</samp> ile başlayan, alıcı adresini ve <samp>Recipient address rejected: Greylisted</samp> (alıcı adresi reddedildi: gri listeye alındı) metnini içeren bir yanıtla yapar. Postfix, kısıtlamalarında <code>reject_unknown_sender_domain</code> ya da <code>reject_unknown_client_hostname</code> varsa varsayılan olarak 450 ile yanıt verir (<code>unknown_address_reject_code</code>, <code>unknown_client_reject_code</code>); bu yanıtlarda <samp>Sender address rejected: Domain not found</samp> (gönderen adresi reddedildi: alan adı bulunamadı) ve <samp>Client host rejected: cannot find your hostname</samp> (istemci ana bilgisayarı reddedildi: ana bilgisayar adınız bulunamıyor) gibi metinler yer alır. Gmail, bir alıcıya çok yüksek hızda posta geldiğinde <samp>450 4.2.1 The user you are trying to contact is receiving mail too quickly</samp> yanıtını gönderir. RFC 5321 (bölüm 4.3.2) 450’yi <code>RCPT TO</code> komutunun ve ileti verisinin sonunun yanıtları arasında sayar, <code>MAIL FROM</code> komutununkiler arasında ise saymaz.
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

code-452-name = Sistem depolama alanı yetersiz
code-452-description = Sunucu, depolama alanı ya da başka bir kaynak yetersiz olduğu için komutu şu anda kabul edemez (RFC 5321, bölüm 4.2.3). Bu geçici olumsuz bir yanıttır ve istemci daha sonra yeniden dener. Sunucunun posta işlemi başına alıcı sınırına ulaşıldığında <code>RCPT TO</code> komutuna verilecek doğru yanıt da budur: istemci bu durumda iletiyi önceden kabul edilmiş alıcılara teslim eder, diğer alıcılara ise sonraki bir posta işleminde gönderir (RFC 5321, bölüm 4.5.3.1.10). <code>SIZE</code> uzantısı kapsamında (RFC 1870, bölüm 6.1) ise bu kod, bildirilen ileti boyutunun sunucunun o anda kullanabildiği alandan büyük olduğu anlamına gelir.
code-452-when = Postfix, kuyruk dosya sistemindeki boş alan <code>message_size_limit</code> değerinin 1,5 katından ya da <code>queue_minfree</code> değerinden az olduğunda <samp>452 4.3.1 Insufficient system storage</samp> yanıtını, bir posta işlemi <code>smtpd_recipient_limit</code> sınırını (varsayılan olarak 1000) aştığında ise <samp>452 4.5.3 Error: too many recipients</samp> yanıtını gönderir. Exim, <code>recipients_max</code> sınırını aşan alıcılara <samp>452 too many recipients</samp> ile yanıt verir. Gmail <samp>452 4.5.3 Your message has too many recipients</samp> (iletinizin alıcısı çok fazla) yanıtını, kotasını aşmış bir posta kutusu için ise <samp>452 4.2.2 The email account that you tried to reach is over quota</samp> yanıtını verir.
code-452-fix-sender =
    Bekleyin: posta sunucunuz kalan alıcılara kendiliğinden teslim eder ya da iletiyi kendiliğinden yeniden dener.
    Alıcının posta kutusu kotasını aşmışsa, yer açabilmesi için ona başka bir kanaldan haber verin.
code-452-fix-admin =
    Postayı alan taraftaysanız, posta kuyruğunun ya da spool dizininin bulunduğu dosya sisteminde disk alanı boşaltın ve bu alanı neyin doldurduğunu, örneğin büyüyen bir ertelenmiş ileti kuyruğunu bulun (<code>postqueue -p</code>, Postfix kuyruğunu listeler).
    Gönderenler sıklıkla alıcı sınırınıza ulaşıyorsa, sınırın kullanıcılarınıza uygun olup olmadığını denetleyin (Postfix’te <code>smtpd_recipient_limit</code>, Exim’de <code>recipients_max</code>).
code-452-fix-developer =
    <code>RCPT TO</code> komutuna çok fazla alıcı nedeniyle 452 yanıtı gelirse, posta işlemini önceden kabul edilmiş alıcılar için tamamlayın, ardından iletiyi diğer alıcılara yeni bir posta işleminde gönderin (RFC 5321, bölüm 4.5.3.1.10).
    Diğer bütün 452 yanıtlarını geçici olarak ele alın: iletiyi saklayın ve daha sonra yeniden deneyin.

# RFC 2645 reply text, addressed by the provider’s server to the customer.
code-453-name = Postanız yok
code-453-description = Talep üzerine posta relay’i (ODMR, RFC 2645, bölüm 5.2.1) kapsamında sağlayıcı, müşterinin alan adlarının hiçbiri için kuyrukta posta yoksa <code>ATRN</code> komutuna 453 ile yanıt verir. Bu geçici olumsuz bir yanıttır, ancak bir hatayı değil olağan bir durumu bildirir. Müşteri oturumu <code>QUIT</code> ile sonlandırır ve daha sonra yeniden sorar; RFC 2645, sağlayıcının bunun yerine 250 ile yanıt verip rolleri değişmiş oturumu hemen sonlandırmasına da izin verir.
code-453-when = Sürekli bağlı olmayan bir posta sunucusu, sağlayıcısının talep üzerine posta relay’i hizmetinde (366 numaralı port) kimliğini doğrular ve alan adları için <code>ATRN</code> gönderir; sağlayıcının ise bu alan adlarının hiçbiri için bekleyen iletisi yoktur. Bu kodu yalnızca talep üzerine posta relay’ini destekleyen sunucular gönderir.
code-453-fix-admin =
    Bekleyen posta olmadığından daha sonra, örneğin zamanlanmış bir sonraki <code>ATRN</code> gönderiminde yeniden sorun.
    Posta bekliyorsanız, sağlayıcının <code>ATRN</code> komutunda adını verdiğiniz alan adları için posta kuyruğa aldığını ve hesabınızın bunların hepsine erişim izni olduğunu denetleyin, çünkü erişim izni olmayan tek bir alan adı, sağlayıcının bütün isteği 450 ile reddetmesine yol açar.

code-454-name = Geçici kimlik doğrulama ya da TLS hatası
code-454-description = Sunucu geçici bir nedenle bir güvenlik adımını tamamlayamadı. Bu geçici olumsuz yanıtın iki anlamı vardır: <code>AUTH</code> komutuna yanıt olarak (RFC 4954, bölüm 6: <samp>454 4.7.0 Temporary authentication failure</samp>) sunucunun bir sunucu hatası nedeniyle kimlik bilgilerini denetleyemediğini, <code>STARTTLS</code> komutuna yanıt olarak (RFC 3207, bölüm 4: <samp>454 TLS not available due to temporary reason</samp>) ise şu anda TLS başlatamadığını bildirir. <code>AUTH</code> hatasından sonra istemci kullanıcıdan başka bir parola istememelidir (RFC 4954, bölüm 6); <code>STARTTLS</code> hatasından sonra ise TLS olmadan devam etmeye, bekleyip daha sonra yeniden denemeye ya da vazgeçmeye kendi politikasına göre karar verir (RFC 3207, bölüm 4).
code-454-when = Postfix, TLS kurulumu başarısız olduğunda, genellikle de sertifikasını ya da özel anahtarını yükleyemediği için, <code>STARTTLS</code> komutuna <samp>454 4.7.0 TLS not available due to local problem</samp> ile yanıt verir; Dovecot gibi kimlik doğrulama hizmeti yanıt vermediğinde ise <code>AUTH</code> komutuna <samp>454 4.7.0 Temporary authentication failure:</samp> ifadesiyle ve ardından bir neden bildirerek yanıt verir. Exim, el sıkışmadan önce yerel bir yapılandırma sorunu bulduğunda <code>STARTTLS</code> komutuna <samp>454 TLS currently unavailable</samp> ile yanıt verir. Postfix 454’ü bu anlamların dışında da kullanır: Postfix 2.10 ve sonraki sürümlerin <code>defer_unauth_destination</code> ile biten varsayılan <code>smtpd_relay_restrictions</code> ayarında, bir relay girişimi <samp>454 4.7.1</samp>, adres ve <samp>Relay access denied</samp> (relay izni verilmedi) yanıtını alır.
code-454-fix-sender =
    Daha sonra yeniden deneyin ve hata sürerse sağlayıcınıza başvurun, çünkü sorun parolanızda değil sunucudadır.
code-454-fix-admin =
    TLS için posta günlüğünü inceleyin ve sertifika ile anahtar dosyalarının var olduğunu, posta sunucusu tarafından okunabildiğini ve birbirine ait olduğunu doğrulayın.
    <code>AUTH</code> için kimlik doğrulama hizmetinin ve veritabanının çalıştığını ve yanıt verdiğini denetleyin; Postfix için bu, örneğin Dovecot’un kimlik doğrulama soketidir.
    Postfix’te <samp>454 4.7.1 Relay access denied</samp> yanıtı için, istemcinin relay etmesi gerekiyorsa kimliğini doğrulamasını sağlayın ya da ağını <code>mynetworks</code> listesine ekleyin; gerekmiyorsa relay girişimini kalıcı olarak reddetmek için <code>defer_unauth_destination</code> yerine <code>reject_unauth_destination</code> kullanın.
code-454-fix-developer =
    <code>AUTH</code> komutuna 454 yanıtı geldiğinde, kullanıcıdan parolayı yeniden istemek yerine ona bir sunucu hatası bildirin (RFC 4954, bölüm 6).
    <code>STARTTLS</code> komutuna 454 yanıtı geldiğinde, politikanız TLS gerektiriyorsa şifreleme olmadan devam etmeyin; iletiyi saklayın ve daha sonra yeniden deneyin.

code-455-name = Sunucu parametreleri karşılayamıyor
code-455-description = Sunucu <code>MAIL FROM</code> ya da <code>RCPT TO</code> parametrelerini tanıdı, ancak şu anda bunları karşılayamıyor (RFC 5321, bölüm 4.1.1.11). Bu geçici olumsuz bir yanıttır; istemci daha sonra yeniden deneyebilir ya da ileti parametreye gereksinim duymuyorsa komutu parametresiz gönderebilir. Bu sorunun kalıcı biçimi 555’tir.
code-455-when = Bir sunucu, teslimat durum bildirimi isteği ya da <code>DELIVERBY</code> süre sınırı (RFC 2852) gibi bir parametreyi bu posta işlemi için o anda yerine getiremediğinde 455 gönderebilir. Bu kod uygulamada nadirdir, çünkü sunucuların çoğu parametre sorunlarını 452, 501 ya da 555 ile bildirir.
code-455-fix-admin =
    Postayı alan taraftaysanız, sunucunun hangi parametreyi neden karşılayamadığını, örneğin bunun bir politikadan mı yoksa bir kaynak sınırından mı kaynaklandığını günlükten bulun.
code-455-fix-developer =
    Posta işlemini daha sonra yeniden deneyin.
    Yanıt yinelenirse, ileti söz konusu parametreye gereksinim duymuyorsa komutu o parametre olmadan gönderin.

# RFC 1985 reply text “Unable to queue messages for node x”, with the node
# name left out; a node is a domain.
code-458-name = Düğüm için iletiler kuyruğa alınamıyor
code-458-description = Sunucu, bir düğüm (node), yani alan adı için tuttuğu postanın teslimatını başlatmak üzere bir <code>ETRN</code> isteği aldı, ancak bu teslimatı şu anda başlatamıyor (RFC 1985, bölüm 5.1). Bu geçici olumsuz bir yanıttır ve istemci isteği daha sonra yineleyebilir. Kod yalnızca <code>ETRN</code> kapsamında kullanılır; talep üzerine posta relay’i (<code>ATRN</code>, RFC 2645) onu kullanmaz.
code-458-when = Sunucular, kuyruk yöneticileri ya da flush hizmetleri isteği işleyemediğinde 458 gönderir. Postfix, fast flush hizmetine ulaşamadığında, bu hizmet isteği hatalı biçimlendirilmiş bularak reddettiğinde ve <code>ETRN</code> “<code>sendmail -bs</code>” kipinde geldiğinde <samp>458 Unable to queue messages</samp> ile yanıt verir. Exim, aynı <code>ETRN</code> argümanı için kuyruğun işlenmesi hâlâ sürerken (<code>smtp_etrn_serialize</code>) <samp>458 Already processing</samp> ifadesiyle ve ardından argümanla, kuyruğu işlemeye başlayamadığında ise <samp>458 Unable to fork process</samp> ile yanıt verir.
code-458-fix-admin =
    İstemci tarafındaysanız, <code>ETRN</code> isteğini daha sonra, örneğin zamanlanmış bir sonraki çalıştırmada yineleyin.
    Sunucunun yöneticisiyseniz, flush ya da kuyruk hizmetinin çalıştığını denetleyin ve günlükte bu hizmetin hatasını arayın; Postfix bu hizmete ulaşamadığında günlüğe <samp>unable to talk to fast flush service</samp> yazar.
    Exim’de <samp>Already processing</samp> yanıtı, o argüman için kuyruğun işlenmesi bittiğinde ortadan kalkar.

# RFC 1985 reply text “Node x not allowed: reason”, with the node name and
# the reason left out; a node is a domain.
code-459-name = Düğüme izin verilmiyor
code-459-description = Sunucu istenen düğüm (node), yani alan adı için teslimatı başlatmayı reddeder ve yanıt metni genellikle nedenini bildirir (RFC 1985, bölüm 5.1). Biçim olarak bu geçici olumsuz bir yanıttır; yine de aynı istek, yapılandırma ya da istek değişmedikçe başarılı olmaz. Kod yalnızca <code>ETRN</code> kapsamında kullanılır; talep üzerine posta relay’i (<code>ATRN</code>, RFC 2645) onu kullanmaz.
code-459-when = Sunucular, istemci talep üzerine teslimat için yapılandırılmamış bir alan adı istediğinde ya da istemcinin o alan adının postasını almaya yetkisi olmadığında 459 gönderir; RFC 1985 (bölüm 5.2), bir 4yz yanıtının genellikle istemcinin sunucunun izin verilen istemciler listesinde bulunmadığı anlamına geldiğini belirtir. Postfix, alan adı varsayılan olarak <code>relay_domains</code> içindeki alan adlarını kapsayan <code>fast_flush_domains</code> içinde değilse 459, alan adı ve <samp>service unavailable</samp> (hizmet kullanılamıyor) ile yanıt verir.
code-459-fix-admin =
    İstemci tarafındaysanız, <code>ETRN</code> komutundaki alan adında yazım hatası olup olmadığını denetleyin ve sunucunun o alan adı için sizin adınıza posta tuttuğundan emin olun.
    Sunucunun yöneticisiyseniz, alan adını talep üzerine teslimata uygun alan adlarına ekleyin (Postfix’te varsayılan değeri <code>$relay_domains</code> olan <code>fast_flush_domains</code>) ya da <code>ETRN</code> kurallarınızda istemciye izin verin (Postfix’te <code>smtpd_etrn_restrictions</code>, Exim’de <code>acl_smtp_etrn</code>).

## 5yz: kalıcı olumsuz tamamlanma

code-500-name = Sözdizimi hatası, komut tanınmadı
code-500-description = Sunucu komutu tanımadı ya da komut satırı çok uzundu (RFC 5321, bölüm 4.2.3 ve 4.3.2). Bu, söz konusu komut için kalıcı olumsuz bir yanıttır: istemci komutu değiştirmeden yinelememelidir; sunucunun ise bağlantıyı sürdürüp bir sonraki komutu bekleyeceği varsayılır (RFC 5321, bölüm 3.8). SMTP AUTH kapsamında (RFC 4954, bölüm 4 ve 6), istemcinin süreç sırasında gönderdiği bir satır sunucunun kimlik doğrulama arabelleğinden uzunsa, <samp>500 5.5.6 Authentication Exchange line is too long</samp> (kimlik doğrulama sürecindeki satır çok uzun) yanıtı <code>AUTH</code> komutunu başarısız kılar. <code>ETRN</code> kapsamında (RFC 1985, bölüm 5.1) <samp>500 Syntax Error</samp> (sözdizimi hatası) yanıtı, sözdizimi hatalı bir <code>ETRN</code> komutunu reddeder.
code-500-when = Sunucular 500 yanıtını yanlış yazılmış ya da bilinmeyen komutlar, düz bir SMTP portuna gönderilen bir HTTP isteği veya TLS el sıkışması gibi SMTP olmayan veriler ve RFC 5321’in (bölüm 4.5.3.1.4) izin verdiği 512 sekizliden (octet) uzun komut satırları için gönderir. Exim bilinmeyen komutlara <samp>500 unrecognized command</samp> ile, Postfix 3.7 ve sonraki sürümler ise <samp>500 5.5.2 Error: command not recognized</samp> ile yanıt verir; Postfix 3.6 ve önceki sürümler burada 502 gönderiyordu (<code>postfix/HISTORY</code>, 20210810). Postfix 3.4 ve sonraki sürümler, istemcinin gönderdiği bir yanıt <code>smtpd_sasl_response_limit</code> değerinden (varsayılan olarak 12288 sekizli) uzun olduğunda <code>AUTH</code> sürecini <samp>500 5.5.6 SASL response limit exceeded</samp> ile başarısız kılar; Postfix ayrıca tam olarak bir argümanı olmayan bir <code>ETRN</code> komutuna <samp>500 Syntax: ETRN domain</samp> ile yanıt verir.
code-500-fix-sender =
    E-posta programınız bağlanırken bu hatayı bildiriyorsa, giden posta sunucusu ayarlarını denetleyin: sağlayıcınızın belgelerinde belirtildiği gibi <code>STARTTLS</code> ile 587 numaralı port ya da SSL/TLS ile 465 numaralı port kullanılmalıdır.
code-500-fix-admin =
    Sunucunun tanımadığı komutu sunucu günlüğünde arayın; tek bir istemciden gelen bilinmeyen komutlar genellikle o istemcinin hiç SMTP kullanmayan bir program, örneğin bir web tarayıcısı ya da bir güvenlik açığı tarayıcısı olduğunu gösterir.
    Çok sayıda gruba üye kullanıcıların Kerberos (<code>GSSAPI</code>) biletleri gibi büyük belirteçlerde (token) <code>AUTH</code> <code>500 5.5.6</code> ile başarısız oluyorsa, sunucunun kimlik doğrulama yanıtları için koyduğu sınırı yükseltin (Postfix 3.4 ve sonraki sürümlerde <code>smtpd_sasl_response_limit</code>, önceki sürümlerde <code>line_length_limit</code>).
code-500-fix-developer =
    İstemcinin oturum günlüğünde her komutun yazımını denetleyin ve yalnızca RFC 5321’in tanımladığı ya da sunucunun <code>EHLO</code> yanıtında listelediği komutları gönderin.
    Satır sonu dahil her komut satırını 512 sekizlinin içinde tutun (RFC 5321, bölüm 4.5.3.1.4).
    Bir ilk yanıt (initial response) <code>AUTH</code> komutunu bu sınırdan uzun yapacaksa, onu komuta eklemeyin ve RFC 4954’ün (bölüm 4) gerektirdiği gibi sunucunun boş <samp>334 </samp> sınamasından sonra gönderin.
    Sunucunun yanıtı <samp>500 5.5.6</samp> ise, istemcinin yanıtının kendisi sunucunun kimlik doğrulama arabelleğinden uzundur ve onu ayrı bir satırda göndermek işe yaramaz: daha kısa bir belirteç kullanın ya da sunucunun yöneticisinden sınırı yükseltmesini isteyin.
    Örtük TLS kullanımını yalnızca 465 numaralı portla sınırlayın, çünkü 25 ya da 587 numaralı porta <code>STARTTLS</code> komutundan önce gönderilen bir TLS el sıkışması sunucuya okunamayan veri olarak ulaşır.

code-501-name = Parametrelerde ya da argümanlarda sözdizimi hatası
code-501-description = Sunucu komutu tanıdı, ancak komutun parametrelerini ya da argümanlarını kabul edemiyor (RFC 5321, bölüm 4.2.3). Bu, söz konusu komut için kalıcı olumsuz bir yanıttır: istemci komutu yeniden göndermeden önce argümanlarını düzeltmelidir. <code>STARTTLS</code> (RFC 3207, bölüm 4), parametre almayan <code>STARTTLS</code> komutuna verilen parametreler için bu kodu kullanır; SMTP AUTH (RFC 4954, bölüm 4) ise istemci süreci bir yıldız işaretiyle (<samp>*</samp>) iptal ettiğinde, geçerli base64 olmayan veri gönderdiğinde ya da ilk yanıta (initial response) izin vermeyen bir mekanizmayla ilk yanıt gönderdiğinde kullanır. <code>ETRN</code> kapsamında (RFC 1985, bölüm 5.1) <samp>501 Syntax Error in Parameters</samp> (parametrelerde sözdizimi hatası) yanıtı, geçersiz bir düğüm adını reddeder.
code-501-when = Postfix, ana bilgisayar adı olmadan gönderilen <code>HELO</code> ya da <code>EHLO</code> komutuna gelişmiş durum kodu olmadan <samp>501 Syntax: HELO hostname</samp> ya da <samp>501 Syntax: EHLO hostname</samp> ile yanıt verir, çünkü RFC 2034 <code>HELO</code> ve <code>EHLO</code> yanıtlarında gelişmiş durum kodu kullanmaz; <code>MAIL FROM</code> komutundaki hatalı biçimli bir adrese <samp>501 5.1.7 Bad sender address syntax</samp> (gönderen adresinin sözdizimi hatalı) ile yanıt verir ve <code>reject_invalid_helo_hostname</code> ayarlıysa geçersiz bir <code>EHLO</code> adını <samp>501 5.5.2</samp>, ad ve <samp>Helo command rejected: Invalid name</samp> ile reddeder. İptal edilen bir <code>AUTH</code> süreci Postfix’ten <samp>501 5.7.0 Authentication aborted</samp>, Exim’den ise <samp>501 Authentication cancelled</samp> yanıtını alır. E-posta kütüphaneleri, denetlenmemiş kullanıcı girdisinden gelen boşluk, satır sonu ya da başka karakterler içeren adresleri olduğu gibi kullandıklarında 501 yanıtına yol açar.
code-501-fix-sender =
    Girdiğiniz adreslerde boşluk, eksik bölüm ya da bir adrese ait olmayan karakter olup olmadığını denetleyin ve iletiyi yeniden gönderin.
code-501-fix-admin =
    Postayı alan bir sunucu sunucunuzun <code>EHLO</code> komutunu reddediyorsa, sunucunuzun tam nitelikli ana bilgisayar adını göndermesini sağlayın (Postfix’te <code>myhostname</code> ya da <code>smtp_helo_name</code>).
code-501-fix-developer =
    Oturum günlüğünde 501 alan komutu bulun ve argümanını düzeltin: <code>EHLO</code> komutunda tam nitelikli bir ana bilgisayar adı, <code>MAIL FROM</code> ve <code>RCPT TO</code> komutlarında açılı ayraç içinde adresler kullanın, <code>STARTTLS</code> komutundan sonra ise parametre göndermeyin.
    <code>AUTH</code> için satır sonu içermeyen, kurallara tam uygun base64 gönderin ve ilk yanıtı yalnızca <code>PLAIN</code> gibi istemcinin önce konuştuğu mekanizmalarda kullanın.
    Adresleri e-posta kütüphanesine vermeden önce doğrulayın ve bir SMTP komutunda yer alacak her değerde satır sonlarını reddedin.

code-502-name = Komut uygulanmamış
code-502-description = Sunucu komutu tanır, ancak uygulamaz ya da devre dışı bırakmıştır (RFC 5321, bölüm 4.2.3 ve 4.2.4). Bu, söz konusu komut için kalıcı olumsuz bir yanıttır ve istemci bu sunucuyla bu komuta bel bağlamamalıdır. Talep üzerine posta relay’i (ODMR, RFC 2645, bölüm 5.4) kapsamında sağlayıcı <code>EHLO</code>, <code>AUTH</code>, <code>ATRN</code> ve <code>QUIT</code> dışındaki her komuta 502 ile yanıt verebilir; <code>ATRN</code> komutunun kendisi ise hiçbir zaman 502 almaz.
code-502-when = Postfix, <code>disable_vrfy_command = yes</code> olduğunda <samp>502 5.5.1 VRFY command is disabled</samp> ile, TLS etkin değilse <code>STARTTLS</code> komutuna <samp>502 5.5.1 Error: command not implemented</samp> ile yanıt verir. Sunucular, <code>EXPN</code>, <code>TURN</code>, <code>ETRN</code> ya da <code>HELP</code> devre dışı bırakıldığında bu komutlar için de 502 gönderebilir. Bazı sunucular, RFC 5321 (bölüm 4.2.4) bu durumda 500’ü öngördüğü hâlde, hiç tanımadıkları komutlar için bile 502 kullanır: qmail her bilinmeyen komuta <samp>502 unimplemented (#5.5.1)</samp> ile yanıt verir; Postfix 3.6 ve önceki sürümler de <samp>502 5.5.2 Error: command not recognized</samp> yanıtını veriyordu, Postfix 3.7 ise bunu 500 olarak değiştirdi (<code>postfix/HISTORY</code>, 20210810).
code-502-fix-admin =
    İstemcilerin bu komuta ihtiyacı varsa, komutu yapılandırmada etkinleştirin; örneğin Postfix’te <code>disable_vrfy_command = no</code> ile, <code>STARTTLS</code> için ise <code>smtpd_tls_security_level = may</code> ayarı ve bir sertifika ile anahtarla (Postfix 3.4 ve sonraki sürümlerde <code>smtpd_tls_chain_files</code>).
    Sunucu bir uzantının komutuna 502 ile yanıt veriyorsa, o uzantıyı <code>EHLO</code> yanıtında listelemeyin (RFC 5321, bölüm 4.2.4).
code-502-fix-developer =
    Önce <code>EHLO</code> gönderin ve yalnızca bu komutun yanıtında listelenen komutları ve uzantıları kullanın.
    <code>VRFY</code> yerine iletiyi gönderin ve <code>RCPT TO</code> yanıtlarını ve sonradan gelebilecek teslim edilemedi raporlarını ele alın.
code-502-restriction = RFC 5321 (bölüm 4.2.4), 502 kodunu sunucunun tanıdığı ancak uygulamadığı komutlara ayırır: “If the command is not recognized, code 500 SHOULD be returned.” (Komut tanınmıyorsa 500 kodu döndürülmelidir.) RFC 5321 ayrıca genişletilmiş SMTP sistemlerinin 502 ya da 500 yanıtı verecekleri yetenekleri listelememesi gerektiğini belirtir: “Extended SMTP systems MUST NOT list capabilities in response to EHLO for which they will return 502 (or 500) replies.”

code-503-name = Komutların sırası yanlış
code-503-description = Komut geçerlidir, ancak oturumun yanlış bir noktasında gelmiştir (RFC 5321, bölüm 4.2.3). Bu, söz konusu komut için kalıcı olumsuz bir yanıttır: istemci önce eksik komutları RFC 5321’in gerektirdiği sırayla gönderir. RFC 5321, 503 kodunu <code>MAIL</code>, <code>RCPT</code> ve <code>DATA</code> komutlarının (bölüm 4.3.2) ve 554 karşılama yanıtından sonraki her komutun (bölüm 3.1) olası yanıtları arasında sayar; SMTP AUTH (RFC 4954, bölüm 4) bu kodu başarılı bir kimlik doğrulamadan sonra ya da bir posta işlemi sırasında gönderilen <code>AUTH</code> komutu için, <code>CHUNKING</code> (RFC 3030, bölüm 2) ise <code>BDAT LAST</code> komutundan sonra gelen <code>BDAT</code> ve aynı posta işleminde karıştırılan <code>DATA</code> ve <code>BDAT</code> komutları için kullanır.
code-503-when = Postfix, <code>MAIL FROM</code> komutundan önce gönderilen <code>RCPT TO</code> için <samp>503 5.5.1 Error: need MAIL command</samp>, kabul edilmiş bir alıcı olmadan gönderilen <code>DATA</code> için <samp>503 5.5.1 Error: need RCPT command</samp>, <code>smtpd_helo_required = yes</code> olduğunda <samp>503 5.5.1 Error: send HELO/EHLO first</samp> ve kimlik doğrulama sunmadığı hâlde gelen <code>AUTH</code> için <samp>503 5.5.1 Error: authentication not enabled</samp> yanıtını gönderir. Exim, <code>AUTH</code> duyurmadığı bir bağlantıda gelen <code>AUTH</code> komutuna <samp>503 AUTH command used when not advertised</samp> ile yanıt verir. Bağlantı sırasında istemciyi reddetmiş bir sunucu, RFC 5321’in (bölüm 3.1) 554 karşılama yanıtından sonrası için önerdiği gibi sonraki komutlara 503 ile yanıt verir; Postfix bunu <samp>503 5.7.0 Error: access denied for</samp> ve ardından istemcinin adıyla yapar.
code-503-fix-admin =
    Çok sayıda istemci <code>AUTH</code> komutuna 503 alıyorsa, sunucunun o portta <code>AUTH</code> sunduğunu denetleyin (Postfix’te <code>smtpd_sasl_auth_enable = yes</code>) ve <code>smtpd_tls_auth_only = yes</code> ayarlıysa sunucunun <code>AUTH</code> desteğini yalnızca <code>STARTTLS</code> sonrasında sunduğunu unutmayın.
    Bir istemci bağlantı sırasında reddedilip ardından her komuta 503 alıyorsa, günlükte onu reddeden kuralı arayın, çünkü 503 yanıtları yalnızca bunun sonucudur.
code-503-fix-developer =
    Komutları RFC 5321’in gerektirdiği sırayla gönderin: <code>EHLO</code>, gerekiyorsa ardından <code>STARTTLS</code> ve <code>AUTH</code> (<code>STARTTLS</code> sonrasında yeni bir <code>EHLO</code> ile), sonra <code>MAIL FROM</code>, her alıcı için bir <code>RCPT TO</code> ve <code>DATA</code> ya da <code>BDAT</code>.
    Her <code>RCPT TO</code> komutunun yanıtını denetleyin ve sunucu bütün alıcıları reddettiyse <code>DATA</code> göndermeyin.
    235’ten sonra yeniden <code>AUTH</code> göndermeyin ve bir posta işlemi sırasında <code>AUTH</code> ya da <code>ETRN</code> göndermeyin.
    <code>PIPELINING</code> kullanıyorsanız, günlükteki ilk hatayı düzeltin, çünkü başarısız olan tek bir komut ardından birkaç 503 yanıtına yol açabilir.
    <code>BDAT</code> ile bir hatadan sonra ya da <code>DATA</code> ve <code>BDAT</code> karıştırıldıktan sonra, posta işlemine yeniden başlamadan önce <code>RSET</code> gönderin (RFC 3030, bölüm 2).

code-504-name = Komut parametresi uygulanmamış
code-504-description = Sunucu komutu ve parametresini tanıdı, ancak bu parametreyi uygulamıyor (RFC 5321, bölüm 4.2.3). Bu, söz konusu komut için kalıcı olumsuz bir yanıttır. SMTP AUTH kapsamında (RFC 4954, bölüm 4) sunucu, istenen mekanizma geçersizse, örneğin sunucu bu mekanizmayı desteklemiyorsa ya da mekanizma henüz kurulmamış bir şifreleme katmanı gerektiriyorsa, <code>5.5.4</code> gelişmiş durum koduyla birlikte 504 ile yanıt verir.
code-504-when = Sunucular, örneğin yalnızca <code>PLAIN</code> ve <code>LOGIN</code> sunan bir sunucuda <code>CRAM-MD5</code> gibi, sunmadıkları bir mekanizmayla gönderilen <code>AUTH</code> komutuna 504 ile yanıt verir. Postfix de tam nitelikli olmayan ana bilgisayar adları ve adresler için varsayılan olarak 504 kullanır (<code>non_fqdn_reject_code</code>); örneğin <code>reject_non_fqdn_helo_hostname</code> kullanılıyorsa <samp>504 5.5.2</samp>, ad ve <samp>Helo command rejected: need fully-qualified hostname</samp> ile yanıt verir.
code-504-fix-admin =
    Postayı alan bir sunucu sunucunuzun <code>EHLO</code> adını tam nitelikli olmadığı gerekçesiyle reddediyorsa, bu adı sunucunun tam DNS adı olarak ayarlayın (Postfix’te <code>myhostname</code> ya da <code>smtp_helo_name</code>).
    Ağınızdaki uygulamalar postayı yalın kullanıcı adlarıyla gönderiyorsa, onları ya da sunucunuzu alan adı içeren tam adresler kullanacak şekilde yapılandırın.
code-504-fix-developer =
    Sunucunun <code>EHLO</code> yanıtındaki <code>AUTH</code> satırından bir <code>AUTH</code> mekanizması seçin ve başka hiçbir mekanizmayla <code>AUTH</code> göndermeyin.
    <code>EHLO</code> komutunda tam nitelikli bir ana bilgisayar adı, <code>MAIL FROM</code> ve <code>RCPT TO</code> komutlarında ise alan adı içeren tam adresler gönderin.

code-521-name = Ana bilgisayar posta kabul etmiyor
code-521-description = Ana bilgisayar hiçbir koşulda posta kabul etmez (RFC 7504, bölüm 3). Bu kalıcı olumsuz bir yanıttır: istemci bu ileti için bu ana bilgisayarı yeniden denememelidir. Sunucu bu kodu 220 karşılama yanıtı yerine gönderir ve ardından ya <code>QUIT</code> dışındaki bütün sonraki komutlara 521 ile yanıt verir ya da bağlantıyı kapatır (RFC 7504, bölüm 3); kodu ilk tanımlayan RFC 1846 de aynı iki seçeneği anlatır (bölüm 4.2).
code-521-when = Web ya da uygulama sunucuları gibi hiçbir zaman posta almaması gereken ana bilgisayarlar, her bağlantıyı 521 ve <samp>Host does not accept mail</samp> gibi bir metinle karşılayan küçük bir SMTP hizmeti çalıştırabilir. Postfix postscreen, eylemi <code>drop</code> olan bir testi geçemeyen istemciye 521 gönderir: karşılama yanıtından önce konuşan bir istemciye (<code>postscreen_greet_action = drop</code>) <samp>521 5.5.1 Protocol error</samp>, isteğe bağlı SMTP olmayan komut testi etkinse (<code>postscreen_non_smtp_command_enable = yes</code>; varsayılan değer <code>no</code>) HTTP ya da SMTP olmayan başka komutlara <samp>521 5.7.0 Error: I can break rules, too. Goodbye.</samp> (hata: ben de kuralları çiğneyebilirim; hoşça kalın) gönderir. Postfix SMTP sunucusunun kendisi bu tür komutlara 521 ile değil 221 ile yanıt verir; ancak Postfix 3.4 ve sonraki sürümler, <code>CHUNKING</code> sunulmadığında <code>BDAT</code> komutuna 521 ile yanıt verip bağlantıyı keser, çünkü aksi hâlde ardından gelen veri komut olarak okunurdu. RFC 1846 (bölüm 3) kapsamında <code>MX</code> relay sunucuları posta kabul etmeyen bir ana bilgisayar için <code>RCPT TO</code> komutuna da 521 ile yanıt verebiliyordu; RFC 7504 ise artık 521’i bağlantının açılışına ayırır ve bu durum için relay sunucularına 556 kodunu verir.
code-521-fix-sender =
    Alıcının adresini, özellikle alan adını denetleyin, çünkü yanıt veren ana bilgisayar hiçbir zaman posta kabul etmez ve yeniden deneme başarılı olamaz.
    Adres doğruysa, alıcıya kendi alan adına gönderilen postanın reddedildiğini başka bir kanaldan bildirin.
code-521-fix-admin =
    Alıcı alan adı sizinse, bu alan adının <code>MX</code> kayıtlarının yalnızca posta kabul eden ana bilgisayarları göstermesini sağlayın, çünkü 521 ile karşılayan bir ana bilgisayar hiçbir alan adı için <code>MX</code> olarak listelenmemelidir (RFC 1846, bölüm 4.3).
    Postayı alan bir sunucunun yöneticisi, kendi postscreen hizmetinin sunucunuzun bağlantısını kestiğini bildirirse, karşılama yanıtı bitmeden komut göndermek gibi postscreen günlüğünde adı geçen davranışı düzeltin.
    Kendi postscreen hizmetiniz meşru bir sunucunun bağlantısını kesiyorsa, günlükte o sunucunun kaydını (örneğin <code>PREGREET</code>) bulun ve ona <code>postscreen_access_list</code> ile izin verin ya da geçemediği testi düzeltin.
    Hiçbir zaman posta almaması gereken bir ana bilgisayar çalıştırıyorsanız, 521 ile karşılayın, ardından <code>QUIT</code> dışındaki her sonraki komuta 521 ile yanıt verin ya da bağlantıyı kapatın (RFC 7504, bölüm 3).
code-521-restriction = RFC 7504 (bölüm 3), 521 kodunu hiçbir zaman posta kabul etmeyen bir ana bilgisayarın bağlantı açılışına ayırır: “It SHOULD NOT be used for situations in which the server rejects mail from particular hosts or addresses” (sunucunun belirli ana bilgisayarlardan ya da adreslerden gelen postayı reddettiği durumlarda kullanılmamalıdır); bu durumlar için kullanılacak kod 554’tür. RFC 6409 (bölüm 7, Tablo 1), 521 yanıt kodunun gönderim portunda kullanılmaması gerektiğini (MUST NOT) belirtir.

code-530-name = Kimlik doğrulama ya da TLS gerekli
code-530-description = Sunucu, istemci bir güvenlik koşulunu yerine getirene kadar komutu reddeder. Bu, söz konusu komut için kalıcı olumsuz bir yanıttır, ancak istemci eksik adımı attıktan sonra başarılı olabilir. SMTP AUTH kapsamında (RFC 4954, bölüm 6), politika kimlik doğrulamayı gerektiriyorsa <code>AUTH</code>, <code>EHLO</code>, <code>HELO</code>, <code>NOOP</code>, <code>RSET</code> ya da <code>QUIT</code> dışındaki her komuta <samp>530 5.7.0 Authentication required</samp> (kimlik doğrulama gerekli) ile yanıt verilir ve bu yanıt hiçbir zaman <code>AUTH</code> sürecinin kendisine verilmez; <code>STARTTLS</code> kapsamında (RFC 3207, bölüm 4) ise TLS gerektiren bir sunucu <code>NOOP</code>, <code>EHLO</code>, <code>STARTTLS</code> ya da <code>QUIT</code> dışındaki her komuta <samp>530 Must issue a STARTTLS command first</samp> (önce TLS başlatılmalı) ile yanıt verir. Talep üzerine posta relay’i (ODMR, RFC 2645, bölüm 5.2.1), kimlik doğrulamadan önce gönderilen <code>ATRN</code> komutunu reddetmek için 530 kullanır.
code-530-when = Gönderim sunucuları, bir e-posta programı ya da uygulama kimliğini doğrulamadan <code>MAIL FROM</code> gönderdiğinde 530 ile yanıt verir: örneğin Microsoft 365, <code>5.7.57</code> gelişmiş durum koduyla ve <samp>Client not authenticated to send mail</samp> (istemcinin posta göndermek için kimliği doğrulanmamış) gibi bir metinle 530 yanıtı verir. Postfix, <code>smtpd_tls_security_level = encrypt</code> ayarlıyken <code>STARTTLS</code> komutundan önce gönderilen komutlara <samp>530 5.7.0 Must issue a STARTTLS command first</samp> yanıtını gönderir. Başarısız bir giriş denemesi 530’a yol açmaz; yanlış kimlik bilgilerine 535 ile yanıt verilir.
code-530-fix-sender =
    E-posta programınızın giden posta sunucusu ayarlarında kimlik doğrulamayı açın ve hesabınızın kullanıcı adını ve parolasını girin.
    Sağlayıcınızın belgelerinde belirtildiği gibi <code>STARTTLS</code> ile 587 numaralı portu ya da SSL/TLS ile 465 numaralı portu kullanın.
code-530-fix-admin =
    Bir gönderim hizmetinde, sunucunun <code>STARTTLS</code> sonrasında <code>AUTH</code> sunduğundan ve hesabın SMTP AUTH kullanma izni olduğundan emin olun.
    <code>MX</code> kayıtlarınızda listelenen bir ana bilgisayarın 25 numaralı portunda kimlik doğrulamayı ya da TLS kullanımını zorunlu tutmayın: diğer sunucular sunucunuza kimliklerini doğrulayamaz ve RFC 3207 (bölüm 4), herkese açık olarak başvurulan bir sunucunun yerel teslimat için <code>STARTTLS</code> kullanımını zorunlu tutmasını yasaklar.
    Postfix’te <code>smtpd_tls_security_level = encrypt</code> ayarını 25 numaralı porttaki hizmet için değil, yalnızca <code>master.cf</code> içindeki gönderim hizmeti için yapın (örneğin <code>-o smtpd_tls_security_level=encrypt</code> ile).
code-530-fix-developer =
    <code>EHLO</code>, ardından <code>STARTTLS</code> ve yeniden <code>EHLO</code>, ardından <code>AUTH</code> gönderin ve <code>MAIL FROM</code> komutunu ancak ondan sonra gönderin; 465 numaralı portta karşılama yanıtını okumadan önce TLS başlatın.
    E-posta kütüphanesinin kimlik bilgileriyle yapılandırıldığından ve gerçekten <code>AUTH</code> gönderdiğinden emin olun; örneğin Python’un <code>smtplib</code> kütüphanesinde kimlik doğrulama ancak program <code>login()</code> çağrısını yaptığında gerçekleşir.

code-534-name = Kimlik doğrulama mekanizması çok zayıf
code-534-description = Sunucu seçilen <code>AUTH</code> mekanizmasını, sunucu politikasının bu kullanıcı için izin verdiğinden daha zayıf olduğu için reddeder (RFC 4954, bölüm 6). Bu, söz konusu mekanizma için kalıcı olumsuz bir yanıttır ve RFC 4954’e göre istemci yeni bir kimlik doğrulama mekanizmasıyla yeniden denemelidir (SHOULD).
code-534-when = Bir istemci, daha güçlü bir mekanizma gerektiren bir hesap ya da bağlantı için <code>PLAIN</code> ya da <code>LOGIN</code> gibi bir mekanizma kullandığında sunucu <samp>534 5.7.9 Authentication mechanism is too weak</samp> yanıtını gönderir. Gmail, iki adımlı doğrulaması etkin hesaplara parolayla yapılan girişlere <samp>534 5.7.9 Application-specific password required</samp> (uygulamaya özgü parola gerekli) ile yanıt vermiştir.
code-534-fix-sender =
    Sağlayıcınız uygulama parolası istiyorsa, hesabınızın güvenlik ayarlarında bir uygulama parolası oluşturun ve e-posta programınıza normal parolanız yerine onu girin.
    E-posta programınız sağlayıcınız için OAuth 2.0 ile giriş sunuyorsa, parola yerine onu kullanın.
code-534-fix-admin =
    Sunucunun bu kullanıcıya ve bu bağlantı üzerinden hangi mekanizmaları sunduğunu denetleyin ve istemcilerin geçebileceği bir mekanizma olması için bunlardan en az birinin politikanızı karşıladığından emin olun.
code-534-fix-developer =
    Vazgeçmek yerine <code>AUTH</code> komutunu, sunucunun <code>EHLO</code> yanıtındaki daha güçlü bir mekanizmayla, örneğin bir <code>SCRAM</code> mekanizmasıyla ya da OAuth 2.0 (<code>XOAUTH2</code> veya <code>OAUTHBEARER</code>) ile yeniden deneyin.
    Sağlayıcının gerektirdiği durumlarda kullanıcıların bir uygulama parolası girmesine ya da OAuth 2.0 ile giriş yapmasına olanak tanıyın.

code-535-name = Kimlik bilgileri geçersiz
code-535-description = Sunucu, istemcinin <code>AUTH</code> sırasında gönderdiği kimlik bilgilerini reddetti (RFC 4954, bölüm 6). Bu, söz konusu deneme için kalıcı olumsuz bir yanıttır ve RFC 4954’e göre istemci kullanıcıdan yeni kimlik bilgileri girmesini istemelidir (SHOULD). Aynı kimlik bilgilerini yinelemek boşunadır ve başarısız girişleri sayan sunucularda hesabın kilitlenmesine yol açabilir.
code-535-when = En sık karşılaşılan durum, kullanıcı adının ya da parolanın yanlış olmasıdır; Postfix’in <samp>535 5.7.8 Error: authentication failed:</samp> ifadesi ve ardından gelen nedenden oluşan yanıtı, Exim’in <samp>535 Incorrect authentication data</samp> ya da Gmail’in <samp>535 5.7.8 Username and Password not accepted</samp> yanıtı buna örnektir. Microsoft 365, kuruluş ya da posta kutusu için SMTP AUTH devre dışı bırakılmışsa, parola doğru olsa bile <samp>535 5.7.139 Authentication unsuccessful</samp> (kimlik doğrulama başarısız) ile yanıt verir. Sunucular, hesap kilitlendiğinde ya da devre dışı bırakıldığında veya hesap çok faktörlü kimlik doğrulama gerektirdiğinde de 535 gönderir.
code-535-fix-sender =
    Çoğu zaman tam e-posta adresi olan kullanıcı adını denetleyin ve parolayı yeniden yazın.
    Gmail için bir uygulama parolası ya da OAuth 2.0 ile giriş kullanın; Microsoft 365 için yöneticinize posta kutunuzda SMTP AUTH kullanımının etkin olup olmadığını sorun.
    Eski bir parolayla denemeyi sürdüren diğer bütün cihazları ya da programları durdurun, çünkü yinelenen başarısız denemeler hesabı kilitleyebilir.
code-535-fix-admin =
    Nedeni posta günlüğünde arayın: Postfix her SASL hatasını kimlik doğrulama hizmetinin bildirdiği nedenle birlikte günlüğe yazar; Dovecot gibi hizmetin kendisi ise daha fazla ayrıntı kaydeder.
    Microsoft 365 için posta kutusunda SMTP AUTH (Authenticated SMTP) özelliğini etkinleştirin ya da uygulamayı OAuth 2.0 kullanacak şekilde değiştirin.
code-535-fix-developer =
    535 yanıtı geldiğinde aynı kimlik bilgileriyle yeniden denemek yerine kullanıcıdan yeni kimlik bilgileri isteyin (RFC 4954, bölüm 6).
    Kullanıcı adını ve parolayı base64 ile, sonlarına satır sonu eklemeden doğru biçimde kodlayın ve sağlayıcının gerektirdiği yerlerde kullanıcı adı olarak tam adresi kullanın.

code-538-name = İstenen kimlik doğrulama mekanizması için şifreleme gerekli
code-538-description = Sunucu seçilen <code>AUTH</code> mekanizmasını yalnızca şifreli bir bağlantı üzerinden kabul eder (RFC 4954, bölüm 6). Bu, söz konusu komut için kalıcı olumsuz bir yanıttır, ancak istemci TLS başlattıktan sonra başarılı olabilir. Bu koşul genellikle, parolayı bağlantıyı okuyabilen herkesin çözebileceği bir biçimde gönderen <code>PLAIN</code> ve <code>LOGIN</code> gibi mekanizmaları korur.
code-538-when = RFC 4954’ün tarihsel metnine uyan bir sunucu, <code>STARTTLS</code> komutundan önce gönderilen <code>AUTH PLAIN</code> ya da <code>AUTH LOGIN</code> komutuna <samp>538 5.7.11 Encryption required for requested authentication mechanism</samp> ile yanıt verir. Günümüz sunucuları bu durumdan genellikle böyle mekanizmaları TLS öncesinde hiç sunmayarak kaçınır. Postfix bunu <code>smtpd_tls_auth_only = yes</code> olduğunda yapar (varsayılan değer <code>no</code> olsa da <code>smtpd_tls_security_level = encrypt</code> bu ayarı <code>yes</code> yapar) ve bu durumda <code>STARTTLS</code> komutundan önce gelen <code>AUTH</code> komutuna <samp>503 5.5.1 Error: authentication not enabled</samp> ile yanıt verir. Exim’in varsayılan yapılandırmasındaki örnek <code>PLAIN</code> ve <code>LOGIN</code> kimlik doğrulayıcıları yalnızca TLS üzerinden duyurulur (<code>server_advertise_condition</code>) ve Exim, <code>AUTH</code> duyurmadığı bir bağlantıda gelen <code>AUTH</code> komutuna <samp>503 AUTH command used when not advertised</samp> ile yanıt verir.
code-538-fix-sender =
    E-posta programınızda giden posta sunucusunun bağlantı güvenliğini 587 numaralı portta <code>STARTTLS</code> ya da 465 numaralı portta SSL/TLS olarak ayarlayın.
    Sağlayıcınızdan şifreleme olmadan parolaya izin vermesini istemeyin, çünkü bu koşul parolanızı korur.
code-538-fix-admin =
    RFC 4954’ün (bölüm 6) önerdiği gibi, istemcilerin parola mekanizmalarını hiçbir zaman erken seçmemesi için bu mekanizmaları gönderim portlarında yalnızca <code>STARTTLS</code> sonrasında sunun (Postfix’te <code>smtpd_tls_auth_only = yes</code>).
code-538-fix-developer =
    <code>STARTTLS</code> gönderin ya da 465 numaralı porta örtük TLS ile bağlanın, yeniden <code>EHLO</code> gönderin ve mekanizmayı ancak ondan sonra yeni <code>AUTH</code> satırından seçin.
    538 yanıtını, RFC 4954’ün artık öngördüğü, <code>5.5.4</code> ile birlikte gönderilen 504 yanıtı gibi ele alın: TLS başlatıp yeniden deneyin ya da TLS kullanılamıyorsa durun.
code-538-restriction = RFC 4954 (bölüm 6), 538 kodunu “for historical purposes only” (yalnızca tarihsel amaçlarla) belgeler: günümüz sunucuları, yeterli güçte bir şifreleme katmanı kullanılmadıkça şifrelemesiz izin vermedikleri bir mekanizmayı duyurmamalıdır (SHOULD NOT). Şifreleme katmanı gerektiren bir mekanizma için RFC 4954 (bölüm 4) bunun yerine <code>5.5.4</code> gelişmiş durum koduyla birlikte bir 504 yanıtı öngörür. Eski sunucular hâlâ 538 gönderebilir; bu yüzden istemcinin bu kodu TLS başlatma isteği olarak ele alması yerinde olur.

code-550-name = Posta kutusu kullanılamıyor
code-550-description = Sunucu istenen eylemi gerçekleştirmedi; bunun nedeni genellikle posta kutusunun bulunmaması, gönderenin erişim izninin olmaması ya da yerel politikanın komutu reddetmesidir (RFC 5321, bölüm 4.2.3). Bu kalıcı olumsuz bir yanıttır: istemci aynı komutu aynı verilerle yeniden denememelidir ve kuyruktaki ileti gönderenine geri döndürülür. Kesin nedeni gelişmiş durum kodu ve yanıt metni bildirir; <code>SMTPUTF8</code> kapsamında (RFC 6531, bölüm 3.5) <code>X.6.7</code> ile birlikte gönderilen 550, ASCII dışı karakterler içeren bir gönderen adresini reddeder, null MX kapsamında (RFC 7505, bölüm 4.1) ise <code>5.7.27</code> ile birlikte gönderilen 550, <code>MAIL FROM</code> ya da <code>From:</code> adresinin alan adı null MX kaydı yayımlayan postayı reddeder.
code-550-when = En yaygın durum bilinmeyen bir alıcıdır; Postfix’in <samp>550 5.1.1</samp> ile başlayan, adresi ve <samp>Recipient address rejected: User unknown in local recipient table</samp> metnini içeren yanıtı ya da Gmail’in <samp>550 5.1.1 The email account that you tried to reach does not exist</samp> yanıtı buna örnektir. Sunucular politika nedenleriyle de 550 gönderir: Gmail, gönderen kimlik doğrulaması denetimlerini geçemeyen posta için <samp>This mail has been blocked because the sender is unauthenticated</samp> gibi metinlerle <code>5.7.26</code>’yı kullanır, Microsoft 365 ise engellenen IP adresleri için <samp>550 5.7.606 Access denied, banned sending IP</samp> örneğinde olduğu gibi <code>5.7.606</code> ile <code>5.7.649</code> arasındaki kodları kullanır. Postfix 3.0 ve sonraki sürümler, <code>reject_unknown_sender_domain</code> ayarlıysa null MX kaydı olan bir gönderen alan adını <samp>550 5.7.27</samp>, adres ve <samp>Sender address rejected: Domain example.com does not accept mail (nullMX)</samp> ile reddeder.
code-550-fix-sender =
    Bilinmeyen bir alıcı söz konusuysa, adreste yazım hatası olup olmadığını denetleyin, adresi alıcıyla başka bir kanaldan doğrulayın ve bir değişiklik yapmadan yeniden göndermeyin.
    Politika nedeniyle bir ret söz konusuysa, teslim edilemedi raporunu posta sunucusu yöneticinize ya da e-posta sağlayıcınıza gönderin, çünkü çözüm postayı gönderen sunucudadır.
    Kendi adresiniz ASCII dışı karakterler içeriyorsa ve yanıtta <code>5.6.7</code> varsa, bir ASCII adresten ya da <code>SMTPUTF8</code> destekleyen bir sağlayıcı üzerinden gönderin.
code-550-fix-admin =
    <code>5.7.26</code> ve benzeri kimlik doğrulama hataları için gönderen alan adına doğru SPF, DKIM ve DMARC kayıtları yayımlayın ve bu alan adıyla posta gönderen her hizmetin postasını imzaladığından ya da SPF kaydında listelendiğinden emin olun.
    Engellenen bir IP adresi için adresin neden listede olduğunu bulun, nedeni giderin ve adresin listeden çıkarılmasını listeyi işletenden ya da sağlayıcının bu amaçla sunduğu yordamla talep edin.
    <code>5.7.27</code> için null MX kaydı yayımlayan bir alan adıyla posta göndermeyi bırakın ya da null MX kaydını gerçek <code>MX</code> kayıtlarıyla değiştirin (RFC 7505, bölüm 4.2).
    Postayı alan taraftaysanız ve geçerli bir kullanıcı için <code>550 5.1.1</code> dönüyorsa, adresin alıcı tablolarınızda bulunduğunu denetleyin (Postfix’te <code>local_recipient_maps</code> ya da <code>virtual_mailbox_maps</code>).

# forward-path (RFC 5321): the new address that the server gives in the reply,
# “yeni adres”. No “(forward-path)” in the name: comparison frames quote a
# name in parentheses (see GLOSSARY.md).
code-551-name = Kullanıcı yerel değil; lütfen yeni adresi deneyin
code-551-description = Alıcı bu sunucuda yerel değildir ve sunucu iletiyi yönlendirmeyecektir, ancak yanıt, alıcıya ulaşılabilecek bir adres bildirir (RFC 5321, bölüm 3.4 ve 4.2.3). Bu, söz konusu alıcı için kalıcı olumsuz bir yanıttır: istemci aynı adresi bu sunucuda yeniden denememelidir. Sunucu, istemcinin adresi güncelleyeceğini, hatta kullanıcıya haber vereceğini varsaymamalıdır (RFC 5321, bölüm 3.4); bu nedenle iletiyi yeni adrese gönderip göndermeyeceğine gönderen karar verir.
code-551-when = Bu yanıt nadiren görülür, çünkü bir kullanıcının nereye taşındığını açığa çıkarır; RFC 5321 (bölüm 3.4) sunucunun bunun yerine yeni adresi vermeden 550 ile yanıt vermesine izin verir. Sendmail’in <code>redirect</code> özelliği, bir takma ad eski adresi sonuna “<code>.REDIRECT</code>” eklenmiş yeni adrese eşlediğinde <samp>551 5.1.1 User has moved; please try</samp> (kullanıcı taşındı; lütfen şunu deneyin) metnini ve ardından yeni adresi gönderir. Sunucu böyle bir adres için <code>VRFY</code> komutuna da 551 ile yanıt verebilir (RFC 5321, bölüm 3.5.3). Postfix 3.4 ve sonraki sürümler ise 551’i bununla ilgisi olmayan bir anlamda, önceki bir <code>BDAT</code> hatasından sonra gelen <code>BDAT</code> komutlarına yanıt olarak kullanır; örneğin <samp>551 5.0.0 Discarded</samp>, bayt sayısı ve <samp>bytes after earlier error</samp> ifadesinden oluşan bu yanıt, önceki hatadan sonra gelen baytların atıldığını bildirir.
code-551-fix-sender =
    Yanıt metnindeki yeni adresi okuyun ve mümkünse alıcıyla başka bir kanaldan doğrulayın.
    İletiyi yeni adrese gönderin ve adres defterinizi ya da e-posta listenizi güncelleyin.
code-551-fix-admin =
    Kullanıcılarınızın nereye taşındığını açığa çıkarmak istemiyorsanız, bunun yerine açıklayıcı bir metinle 550 yanıtı verin ya da kullanıcılarınızın postasını sessizce yönlendirin; RFC 5321 (bölüm 3.4) ikisine de izin verir.
code-551-restriction = RFC 5321 (bölüm 3.4), 551 kodunu destekleyen sunucuların yöneticilere bu kodu devre dışı bırakma ya da kullanımını kısıtlama olanağı sunması gerektiğini (SHOULD) belirtir, çünkü bu yanıt bir kullanıcının nereye taşındığını açığa çıkarabilir. <code>SMTPUTF8</code> kapsamında (RFC 6531, bölüm 3.7.4.1), <code>MAIL</code> komutu <code>SMTPUTF8</code> parametresini taşımıyorsa sunucu içinde ASCII dışı karakterli bir posta kutusu adresi bulunan bir 551 yanıtı döndürmemelidir (MUST NOT); bunun yerine böyle bir adres içermeyen bir 550 yanıtı göndermelidir.

code-552-name = Ayrılan depolama alanı aşıldı
code-552-description = Sunucu eylemi yarıda kesti, çünkü ileti ya da posta kutusu bir depolama sınırını aşıyor (RFC 5321, bölüm 4.2.3). Bu kalıcı olumsuz bir yanıttır, ancak her zaman son söz değildir: RFC 5321 (bölüm 4.5.3.1.10) istemcilere çok fazla alıcı için verilen bir 552 yanıtını geçici olarak ele almalarını söyler; RFC 3463 ise dolu bir posta kutusunu (<code>X.2.2</code>), alıcı yer açtığında sona eren “a persistent transient failure” (süregelen geçici hata) olarak tanımlar. <code>SIZE</code> uzantısı kapsamında (RFC 1870) 552, iletinin, ister <code>MAIL FROM</code> komutunda bildirildiği ister aktarım sırasında ölçüldüğü biçimiyle, sunucunun sabit en büyük ileti boyutundan büyük olduğu anlamına gelir.
code-552-when = Postfix, <code>MAIL FROM</code> komutu <code>message_size_limit</code> değerinden (varsayılan olarak 10240000 bayt) büyük bir boyut bildirdiğinde <samp>552 5.3.4 Message size exceeds fixed limit</samp> yanıtını, ileti aktarım sırasında daha büyük çıktığında ise <samp>552 5.3.4 Error: message file too big</samp> yanıtını verir. Exim, fazla büyük bir boyut bildirimine <samp>552 Message size exceeds maximum permitted</samp> ile, <code>recipients_max_reject</code> ayarlıysa <code>recipients_max</code> sınırını aşan alıcılara ise <samp>552 too many recipients</samp> ile yanıt verir. Gmail fazla büyük iletileri <samp>552 5.3.4 Your message exceeded Google’s message size limits</samp> ile reddeder.
code-552-fix-sender =
    İletiyi küçültün; örneğin ekleri sıkıştırın ya da büyük dosyaları bir paylaşım bağlantısıyla gönderin ve eklerin e-posta için kodlandıklarında yaklaşık üçte bir oranında büyüdüğünü unutmayın.
    Alıcının posta kutusu doluysa, ona başka bir kanaldan haber verin; alıcı yer açtıktan sonra yeni bir deneme başarılı olabilir.
code-552-fix-admin =
    Meşru iletiler boyut sınırınızı aşıyorsa, sınırı yükseltin (Postfix’te de Exim’de de <code>message_size_limit</code>) ve bu sınırı posta kutusu kotalarınızla ve sunucunun <code>EHLO</code> yanıtında duyurduğu boyutla tutarlı tutun.
    Sunucunuz çok fazla alıcıyı 552 ile reddediyorsa, bu yanıtı RFC 5321’in (bölüm 4.5.3.1.10) doğru yanıt olarak belirttiği 452 ile değiştirin (Exim’de <code>recipients_max_reject</code> ayarını tanımsız bırakın).
code-552-restriction = RFC 821, 552 kodunu “too many recipients” (çok fazla alıcı) durumu için sayıyordu, ancak RFC 5321 (bölüm 4.5.3.1.10) bu durumda doğru yanıtın 452 olduğunu belirtir. İstemciler, çok fazla alıcı bildiren bir 552 yanıtını geçici bir hata olarak ele almalı (SHOULD) ve iletiyi kalan alıcılara sonraki bir posta işleminde göndermelidir.

code-553-name = Posta kutusu adına izin verilmiyor
code-553-description = Sunucu, posta kutusu adına izin verilmediği için komutu reddetti; bunun nedeni genellikle adres sözdiziminin yanlış olması ya da politikanın adresi yasaklamasıdır (RFC 5321, bölüm 4.2.3). Bu, söz konusu adres için kalıcı olumsuz bir yanıttır. <code>SMTPUTF8</code> kapsamında (RFC 6531, bölüm 3.5) <code>SMTPUTF8</code> desteği olan bir sunucu, ASCII dışı karakterler içeren bir alıcı adresini, genellikle posta işlemi <code>SMTPUTF8</code> istemediği için reddettiğinde, 553 yanıtını <code>X.6.7</code> koduyla birlikte verir; RFC 6531 (bölüm 4.2) ayrıca istemcinin izin vermediği bir UTF-8 posta kutusu adı gerektirecek bir yanıtta 553 ile kullanılmak üzere <code>X.6.8</code> kodunu da kaydeder.
code-553-when = Sunucular, alan adı olmayan ya da SMTP’nin izin vermediği karakterler içeren adresler gibi hatalı biçimli adresler için 553 gönderir. Postfix, <code>reject_sender_login_mismatch</code> kimliği doğrulanmış bir kullanıcının başka bir hesaba ait bir <code>MAIL FROM</code> adresiyle gönderim yaptığını saptadığında <samp>553 5.7.1</samp>, adres ve <samp>Sender address rejected: not owned by user</samp> (gönderen adresi reddedildi: kullanıcıya ait değil) ile yanıt verir; qmail ise relay isteğini <samp>553 sorry, that domain isn’t in my list of allowed rcpthosts (#5.7.1)</samp> (üzgünüm, bu alan adı izin verilen alıcı alan adları listemde yok) ile reddeder. Postfix 3.0 ve sonraki sürümler, <code>strict_smtputf8 = yes</code> ayarlıysa <code>SMTPUTF8</code> içermeyen bir posta işlemindeki ASCII dışı bir adrese <samp>553 5.6.7 Must declare SMTPUTF8 to send unicode address</samp> ile yanıt verir.
code-553-fix-sender =
    Adreste boşluk, eksik alan adı ya da iki kez yazılmış “<code>@</code>” gibi yazım hataları olup olmadığını denetleyin.
    Sunucu gönderen adresinin size ait olmadığını söylüyorsa, hesabınıza ait adresten gönderin ya da yöneticinizden diğer adres adına gönderim izni isteyin.
    <code>5.6.7</code> için, varsa alıcının ASCII adresini kullanın ya da <code>SMTPUTF8</code> destekleyen bir sağlayıcı üzerinden gönderin.
code-553-fix-admin =
    Postfix’te bir kullanıcının başka bir adres adına gönderim yapabilmesi için o adresi <code>smtpd_sender_login_maps</code> içinde kullanıcının giriş adına eşleyin.
    qmail’in <code>rcpthosts</code> yanıtı için, sunucunuzun o alan adına posta kabul etmesi gerekiyorsa alan adını <code>control/rcpthosts</code> dosyasına ekleyin ya da istemcinin relay etmeden önce kimliğini doğrulamasını sağlayın.
code-553-fix-developer =
    Adresleri göndermeden önce doğrulayın ve <code>MAIL FROM</code> ile <code>RCPT TO</code> komutlarında görünen ad ya da yorum olmadan, açılı ayraç içinde gönderin.
    Posta işlemindeki bir adres ASCII dışı karakterler içeriyorsa, <code>MAIL FROM</code> komutuna <code>SMTPUTF8</code> parametresini ekleyin, ancak bunu yalnızca sunucu <code>EHLO</code> yanıtında <code>SMTPUTF8</code> listeliyorsa yapın (RFC 6531, bölüm 3.4).

code-554-name = Posta işlemi başarısız
code-554-description = Sunucu posta işlemini ya da oturumun tamamını reddetti ve temel yanıt kodu daha belirli bir neden bildirmez (RFC 5321, bölüm 4.2.3). Bu kalıcı olumsuz bir yanıttır: istemci aynı iletiyi değiştirmeden yeniden göndermemelidir. 220 karşılama yanıtı yerine gönderildiğinde <samp>No SMTP service here</samp> (burada SMTP hizmeti yok) anlamına gelir (RFC 5321, bölüm 3.1): istemci <code>QUIT</code> göndermelidir; sunucu da bu komutu bekler ve diğer komutlara 503 ile yanıt verir. RFC 7504 ise artık hiçbir zaman posta kabul etmeyen bir ana bilgisayar için 521’i önerir. <code>STARTTLS</code> sonrasında TLS oturumunu yeterince güçlü bulmayan bir sunucu, <code>QUIT</code> dışındaki her komuta 554 ile yanıt verir (RFC 3207, bölüm 4.1).
code-554-when = En yaygın kullanımı, <code>DATA</code> komutuna ya da ileti verisinin sonuna verilen yanıttır: Postfix tüm alıcıları reddettiğinde <code>DATA</code> komutuna <samp>554 5.5.1 Error: no valid recipients</samp> (geçerli alıcı yok) ile yanıt verir; içerik filtreleri de bir iletiyi, örneğin spam olduğu gerekçesiyle, verisi alındıktan sonra 554 ile reddeder. Postfix, <code>RCPT TO</code> komutuna verdiği ret yanıtlarında da varsayılan olarak 554 kodunu kullanır: hem <code>reject_unauth_destination</code> kuralının reddettiği relay girişimleri için (<samp>554 5.7.1</samp>, adres ve <samp>Relay access denied</samp>, yani relay izni verilmedi) hem de bir DNS kara listesinde yer alan istemciler için (<samp>554 5.7.1 Service unavailable; Client host</samp>, adres, <samp>blocked using</samp> ve listenin adı; yani istemci bu liste nedeniyle engellendi). Exim, <code>host_reject_connection</code> ile eşleşen ana bilgisayarlara karşılama yanıtı olarak <samp>554 SMTP service not available</samp> (SMTP hizmeti kullanılamıyor) gönderir; Postfix de ikinci bir <code>STARTTLS</code> komutuna <samp>554 5.5.1 Error: TLS already active</samp> (TLS zaten etkin) ile yanıt verir.
code-554-fix-sender =
    Teslim edilemedi raporundaki yanıt metnini ve gelişmiş durum kodunu okuyun, çünkü 554 birbirinden çok farklı nedenleri kapsar.
    <samp>Relay access denied</samp> yanıtı alıyorsanız, e-posta programınızın kendi sağlayıcınızın giden posta sunucusunda kimliğini doğruladığından emin olun (587 numaralı portta SMTP AUTH ile).
    İleti içeriği nedeniyle reddedildiyse, filtreye takılan öğeyi (örneğin bir web bağlantısını ya da bir ek türünü) kaldırın veya alıcıdan, adresinizin izin listesine eklenmesini sağlamasını isteyin.
code-554-fix-admin =
    Ret bir DNS kara listesinden kaynaklanıyorsa, IP adresinizi yanıt metninde adı geçen listede sorgulayın, virüs bulaşmış bir ana bilgisayar ya da açık relay gibi nedeni giderin ve listeden çıkarılmayı talep edin.
    Kendi kullanıcılarınız <samp>Relay access denied</samp> yanıtı alıyorsa, kimliklerini doğrulamalarını sağlayın (<code>smtpd_relay_restrictions</code> içinde <code>permit_sasl_authenticated</code>) ya da ağlarını <code>mynetworks</code> listesine ekleyin.
    Sunucunuz karşılama yanıtı olarak 554 gönderiyorsa, bağlantıyı <code>QUIT</code> gelene kadar açık tutun ve diğer komutlara 503 ile yanıt verin (RFC 5321, bölüm 3.1); hiçbir zaman posta kabul etmeyen bir ana bilgisayar için ise bunun yerine karşılama yanıtı olarak 521 gönderin (RFC 7504, bölüm 3).
    Sunucunuz TLS oturumu yeterince güçlü olmadığı için <code>STARTTLS</code> sonrasında 554 ile yanıt veriyorsa, politikayı değiştirmeden önce posta günlüğünde istemcinin TLS sürümünü ve şifreleme algoritmalarını (cipher) denetleyin.

code-555-name = <code>MAIL FROM/RCPT TO</code> parametreleri tanınmadı ya da uygulanmamış
code-555-description = Sunucu, <code>MAIL FROM</code> ya da <code>RCPT TO</code> komutunun bir ya da daha fazla parametresini tanımıyor ya da uygulayamıyor (RFC 5321, bölüm 4.1.1.11). Bu, söz konusu komut için kalıcı olumsuz bir yanıttır: istemci aynı parametreleri bu sunucuya yeniden göndermemelidir. İstemciler yalnızca sunucunun <code>EHLO</code> yanıtında listelediği uzantıların parametrelerini kullanmalıdır; bu sorunun geçici biçimi 455’tir.
code-555-when = Sunucular, bir istemci <code>EHLO</code> yanıtını denetlemeden <code>SIZE</code>, <code>BODY</code>, <code>SMTPUTF8</code> ya da teslimat durum bildirimi parametresi <code>NOTIFY</code> gibi bir parametre eklediğinde, örneğin uzantı listesi vermeyen <code>HELO</code> komutuna geri döndükten sonra, 555 gönderir. Postfix <samp>555 5.5.4 Unsupported option:</samp> ifadesiyle ve ardından parametreyle yanıt verir.
code-555-fix-developer =
    <code>EHLO</code> yanıtını okuyun ve bir <code>MAIL FROM</code> ya da <code>RCPT TO</code> parametresini yalnızca sunucu ilgili uzantıyı listeliyorsa ekleyin.
    İstemci <code>HELO</code> komutuna geri döndüyse, hiç parametre göndermeyin ya da <code>EHLO</code> komutunun başarısız olmasına yol açan şeyi düzeltin.
    Sunucu teslimat durum bildirimleri gibi bir özelliği desteklemiyorsa, aynı parametrelerle yeniden denemek yerine iletiyi bu özellik olmadan gönderin.

code-556-name = Alan adı posta kabul etmiyor
code-556-description = Adresin alan adı hiç posta kabul etmez (RFC 7504, bölüm 4). Bu kalıcı olumsuz bir yanıttır: hiçbir yeniden deneme başarılı olamaz ve ileti gönderenine geri döndürülür. Olağan neden bir null MX kaydıdır (RFC 7505, bölüm 3): bir alan adının posta almadığını bildirmek için yayımladığı, hedefi boş (“<code>.</code>”) olan tek bir <code>MX</code> kaydı; null MX kaydı olan bir alıcı alan adı için RFC 7505 (bölüm 4.1), <code>5.1.10</code> gelişmiş durum koduyla birlikte 556 önerir.
code-556-when = Bir gönderim sunucusu ya da relay sunucusu, alıcının alan adının null MX kaydı yayımladığını saptadığında <code>RCPT TO</code> komutuna 556 ile yanıt verir; böylece o alan adına hiçbir zaman bağlanmayı denemez. Postfix 3.0 ve sonraki sürümler bunu <code>reject_unknown_recipient_domain</code> ile yapar; <samp>556 5.1.10</samp>, adres ve <samp>Recipient address rejected: Domain example.com does not accept mail (nullMX)</samp> yanıtı buna örnektir. Null MX kaydı yayımlayan bir gönderen alan adı için ise RFC 7505 (bölüm 4.1) bunun yerine <code>5.7.27</code> gelişmiş durum koduyla birlikte 550 önerir.
code-556-fix-sender =
    Alıcının adresini, özellikle alan adını denetleyin: alan adı hiç e-posta almadığını bildirmiştir; bu yüzden ya adres yanlıştır ya da alıcı e-posta için başka bir alan adı kullanmaktadır.
code-556-fix-admin =
    Alan adı sizinse ve posta almak istiyorsanız, null MX kaydını kaldırın ve çalışan posta sunucularını gösteren <code>MX</code> kayıtları yayımlayın, çünkü null MX kaydı olan bir alan adının başka hiçbir <code>MX</code> kaydı olmamalıdır (RFC 7505, bölüm 3).
    Yeni kayıtların görünür olduğunu “<code>dig MX example.com</code>” gibi bir DNS sorgusuyla denetleyin.
