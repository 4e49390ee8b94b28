### smtpkb’nin gelişmiş durum kodları (RFC 3463) için Türkçe metni: IANA kayıt
### defterindeki (RFC 5248) her ayrıntı kodu; olgular data/enhanced.toml
### dosyasında, sınıf ve konu adları ui.ftl dosyasındadır. Her kodun kısa bir
### adı, ne anlama geldiğini ve ne zaman kullanıldığını anlatan bir açıklaması
### ve ilgili her okur için ne yapılması gerektiği vardır.
###
### Kimlikler: ayrıntı kodu için enhanced-x-S-D (X.1.1 için enhanced-x-1-1),
### ardından -name veya -description; ayrıca enhanced-x-S-D-fix-sender
### (Gönderen İçin) ve enhanced-x-S-D-fix-admin (Posta Sunucusu Yöneticisi
### İçin). Düzeltme iletilerinin her satırı bir adımdır ve bir liste öğesi
### olarak gösterilir; bu yüzden her düzeltme iletisi İngilizcedeki satırların
### aynısını, aynı sırayla içerir.
###
### Adlar kayıt defterindeki örnek yanıt metinlerinin çevirisidir: bir kodun
### tanımı olarak değil, bir sunucunun gönderebileceği kısa bir yanıt olarak
### yazılmıştır. Gelişmiş ve temel yanıt kodları (5.7.1, X.7.1, 550), komutlar
### ve parametreler, protokol, uzantı, başlık alanı ve kayıt adları ile
### yapılandırma adları olduğu gibi korunur.
###
### Değişmez metinler codes.ftl’deki gibi işaretlidir: <samp>…</samp> bir
### sunucunun ya da istemcinin gönderdiği ya da bir programın günlüğe yazdığı
### metin, <code>…</code> okurun yazdığı, yapılandırdığı ya da aradığı ad.
### Öğelerin içi bayt bayt korunur ve çevrilmez; açıklama ve ekler öğenin
### dışında kalır: <samp>Relay access denied</samp> (relay izni verilmedi).
###
### Ekler (GLOSSARY.md, “Suffixes”): bir koda, RFC ya da bölüm numarasına
### gelen ek, sayının okunuşunun son sözcüğüne göre seçilir ve ’ ile ayrılır:
### <code>X.6.8</code>’in (sekizin), <code>X.7.14</code>’e (on dörde),
### <code>X.6.10</code>’u (onu), RFC 6376’nın (altının). Okunuşu belirsiz
### kısaltmalara (DNS, TLS, MX) ve sonu sayıyla biten ürün adlarına (Postfix
### 3.4) ek getirilmez. Terimler GLOSSARY.md dosyasına uyar.

## X.0: diğer veya tanımsız durum (RFC 3463, bölüm 3.1)

enhanced-x-0-0-name = Diğer tanımsız durum
enhanced-x-0-0-description = Sınıfından başka hiçbir şeyi bilinmeyen her durum için kullanılan, her şeyi kapsayan koddur (RFC 3463, bölüm 3.1). Kayıt defteri bu kodu herhangi bir temel yanıt koduyla ilişkilendirir; 250 ile birlikte, <code>250 2.0.0</code> olarak, söylenecek başka bir şey olmadığında başarıyı bildirir.
enhanced-x-0-0-fix-sender =
    Teslim edilemedi raporunda koddan sonra gelen metni okuyun, çünkü <code>X.0.0</code> kendi başına hiçbir neden bildirmez.
    Kod <code>2.0.0</code> ise, istenen eylem başarıyla tamamlanmıştır ve yapmanız gereken bir şey yoktur.
    Metin bir hatayı açıklamıyorsa, teslim edilemedi raporunu posta sunucusu yöneticinize ya da e-posta sağlayıcınıza gönderin.
enhanced-x-0-0-fix-admin =
    Yanıtın verildiği saatteki posta günlüğü kayıtlarında iletiyi bulun, çünkü kodun belirtmediği nedeni genellikle günlük belirtir.
    Sunucunuz ya da filtrelerinden biri nedeni bilinen bir durum için <code>4.0.0</code> veya <code>5.0.0</code> gönderiyorsa, onu daha belirli bir ayrıntı kodu gönderecek şekilde yapılandırın; böylece gönderenler neyin yanlış gittiğini anlayabilir.

## X.1: adresleme durumu (RFC 3463, bölüm 3.2)

enhanced-x-1-0-name = Diğer adres durumu
enhanced-x-1-0-description = Bildirilen durumun nedeni iletideki adreslerden biriyle ilgilidir ve daha belirli hiçbir ayrıntı kodu bu duruma uymaz (RFC 3463, bölüm 3.2).
enhanced-x-1-0-fix-sender =
    Gönderen ve alıcı adreslerinde yazım hatası olup olmadığını denetleyin ve soruna yol açan adresi öğrenmek için koddan sonraki metni okuyun.
    Adresler doğruysa, teslim edilemedi raporunu posta sunucusu yöneticinize ya da e-posta sağlayıcınıza gönderin.
enhanced-x-1-0-fix-admin =
    Reddedilen adresi posta günlüğünüzde bulun ve alıcı tablolarınız, takma adlarınız ve adres yeniden yazma kurallarınızla karşılaştırın.
    Adresi kendi kurallarınızdan biri reddediyorsa, o kurala bilinmeyen bir posta kutusu için <code>X.1.1</code> gibi daha belirli bir ayrıntı kodu verin.

enhanced-x-1-1-name = Hatalı hedef posta kutusu adresi
enhanced-x-1-1-description = Alıcı adresindeki posta kutusu yoktur: İnternet postasında adresin “<code>@</code>” işaretinin solundaki bölümü geçersizdir (RFC 3463, bölüm 3.2). Bu kod yalnızca kalıcı hatalarda, yani <code>5.1.1</code> olarak anlamlıdır.
enhanced-x-1-1-fix-sender =
    Adresin “<code>@</code>” işaretinden önceki bölümünde yazım hatası olup olmadığını denetleyin ve adresi alıcıyla başka bir kanaldan doğrulayın.
    Aynı adrese hiçbir şeyi değiştirmeden yeniden göndermeyin, çünkü sunucu adresi yine reddeder.
    Adres yönettiğiniz bir e-posta listesindeyse, onu listeden çıkarın.
enhanced-x-1-1-fix-admin =
    Alıcı geçerli bir kullanıcıysa, adresi alıcı tablolarınıza ya da takma adlarınıza ekleyin (Postfix’te <code>local_recipient_maps</code>, <code>virtual_mailbox_maps</code> veya <code>virtual_alias_maps</code>).
    Kullanıcı ayrıldıysa ve posta artık ona ulaşmamalıysa, adresi <code>X.1.6</code> ile reddedin ya da kullanıcının postasıyla ilgilenen birine yönlendirin.
    Sunucunuz <code>4.1.1</code> ile yanıt veriyorsa, adresi o anda neden doğrulayamadığını günlükten öğrenin; örneğin bir alıcı doğrulaması ya da bir dizin sorgusu tamamlanmamış olabilir.

enhanced-x-1-2-name = Hatalı hedef sistem adresi
enhanced-x-1-2-description = Alıcı adresindeki hedef sistem yoktur ya da posta kabul edemez: İnternet postasında adresin “<code>@</code>” işaretinin sağındaki bölümü posta için geçersizdir (RFC 3463, bölüm 3.2). Bu kod yalnızca kalıcı hatalarda anlamlıdır.
enhanced-x-1-2-fix-sender =
    Adresin “<code>@</code>” işaretinden sonraki bölümünde yanlış yazılmış bir alan adı ya da yanlış bir uzantı gibi yazım hataları olup olmadığını denetleyin.
    Alıcının alan adını kendisiyle başka bir kanaldan doğrulayın, çünkü yazıldığı şekliyle bu alan adı posta alamaz.
enhanced-x-1-2-fix-admin =
    Alıcının alan adı sizinse, bu alan adı için posta kabul eden bir sunucuyu gösteren <code>MX</code> kayıtlarının ya da bir adres kaydının bulunduğunu denetleyin.
    Sunucunuzun bu alan adı için posta kabul etmesi gerekiyorsa, alan adını sunucunun hizmet verdiği alan adlarına ekleyin (Postfix’te <code>mydestination</code>, <code>virtual_mailbox_domains</code>, <code>virtual_alias_domains</code> veya <code>relay_domains</code>).
    Postfix, alan adı DNS üzerinden çözümlenemediğinde bu kodu <code>reject_unknown_recipient_domain</code> ile gönderir; bu nedenle kod gerçekten var olan alan adlarında da görülüyorsa çözümleyicinizi denetleyin.

enhanced-x-1-3-name = Hatalı hedef posta kutusu adresi sözdizimi
enhanced-x-1-3-description = Alıcı adresinin sözdizimi, bölümlerinden herhangi birinde geçersizdir (RFC 3463, bölüm 3.2). Bu kod yalnızca kalıcı hatalarda anlamlıdır.
enhanced-x-1-3-fix-sender =
    Alıcı adresinde boşluk, virgül, iki kez yazılmış ya da eksik bir “<code>@</code>”, eksik bir alan adı veya bir adreste bulunmaması gereken başka karakterler olup olmadığını denetleyin.
    Adresi bir belgeden ya da bir web sayfasından kopyaladıysanız, yeniden yazın, çünkü kopyalanan adresle birlikte görünmez karakterler de gelebilir.
enhanced-x-1-3-fix-admin =
    İstemcinin tam olarak ne gönderdiğini görmek için reddedilen adresi posta günlüğünüzde bulun.
    Ağınızdaki bir program hatalı biçimlendirilmiş adresler gönderiyorsa, onu <code>RCPT TO</code> komutunda görünen ad ya da yorum olmadan, yalnızca açılı ayraç içindeki yalın adresi gönderecek şekilde düzeltin.

enhanced-x-1-4-name = Hedef posta kutusu adresi belirsiz
enhanced-x-1-4-description = Alıcı adresi hedef sistemde birden fazla alıcıyla eşleşir; bu, sistem adresleri yerel posta kutularına sezgisel yöntemlerle eşlediğinde olabilir (RFC 3463, bölüm 3.2).
enhanced-x-1-4-fix-sender =
    Kısaltılmış bir ad ya da takma ad değil, alıcının size verdiği tam adresi aynen kullanın.
    Alıcıya tam adresini başka bir kanaldan sorun.
enhanced-x-1-4-fix-admin =
    Adresin eşleştiği posta kutularını bulun ve eşlemeyi, örneğin yaklaşık ad eşleştirmesini kaldırarak ya da kullanıcılara birbirinden farklı takma adlar vererek, tek anlamlı hâle getirin.

enhanced-x-1-5-name = Hedef adres geçerli
enhanced-x-1-5-description = Alıcı adresi geçerlidir (RFC 3463, bölüm 3.2). Bu kod, <code>RCPT TO</code> komutuna verilen <code>250 2.1.5</code> yanıtı gibi olumlu bildirimlerde kullanılır.
enhanced-x-1-5-fix-sender =
    Yapmanız gereken bir şey yok: sunucu alıcı adresini kabul etti.
enhanced-x-1-5-fix-admin =
    Yapmanız gereken bir şey yok: kod, alıcı adresinin geçerli olduğunu doğrular.
    Bu şekilde kabul edilen bir ileti yine de yerine ulaşmıyorsa, ileti verisinin sonuna verilen yanıttaki kuyruk kimliğiyle (queue ID) iletiyi günlükte izleyin.

enhanced-x-1-6-name = Hedef posta kutusu taşındı, yönlendirme adresi yok
enhanced-x-1-6-description = Alıcı adresi bir zamanlar geçerliydi, ancak artık bu adres için posta kabul edilmez ve bir yönlendirme adresi de verilmez (RFC 3463, bölüm 3.2). Bu kod yalnızca kalıcı hatalarda anlamlıdır.
enhanced-x-1-6-fix-sender =
    Bu adrese göndermeyi bırakın, çünkü alıcı artık bu adreste posta almıyor.
    Alıcının yeni adresini başka bir kanaldan öğrenin ve adres defterinizi ya da e-posta listenizi güncelleyin.
enhanced-x-1-6-fix-admin =
    Yeni adresi biliyorsanız ve açıklama izniniz varsa, onu yanıt metninde verin ya da bunun yerine postayı o adrese yönlendirin (Postfix’te <code>relocated_maps</code>, bir adrese gelen postayı <code>5.1.6</code> koduyla ve yeni adresi bildirerek reddeder).
    Adres daha sonra yeni birine verilecekse, gönderenlerin önce listelerini güncelleyebilmesi için adresi yeterince uzun süre reddetmeyi sürdürün.

enhanced-x-1-7-name = Hatalı gönderen posta kutusu adresi sözdizimi
enhanced-x-1-7-description = Gönderen adresinin sözdizimi, bölümlerinden herhangi birinde geçersizdir (RFC 3463, bölüm 3.2).
enhanced-x-1-7-fix-sender =
    E-posta programınızın sizin adresiniz olarak kullandığı e-posta adresinde boşluk, eksik alan adı ya da başka yazım hataları olup olmadığını denetleyin.
    Postayı bir program ya da bir cihaz gönderiyorsa, gönderen adresini onun ayarlarında düzeltin.
enhanced-x-1-7-fix-admin =
    Gönderen alan adını siz yönetiyorsanız, sunucularınızın ve uygulamalarınızın <code>MAIL FROM</code> komutuna alan adı içeren, eksiksiz ve doğru biçimlendirilmiş gönderen adresleri yazdığından emin olun.
    Postayı alan taraftaysanız, istemcinin tam olarak ne gönderdiğini görmek için gönderen adresini posta günlüğünüzde bulun.

enhanced-x-1-8-name = Hatalı gönderen sistem adresi
enhanced-x-1-8-description = Gönderen adresindeki sistem yoktur ya da geri dönen postayı kabul edemez: alan adlarında adresin “<code>@</code>” işaretinin sağındaki bölümü posta için geçersizdir (RFC 3463, bölüm 3.2). Bir sunucu bu kodu, hiçbir teslimat durum bildiriminin geri gönderilemeyeceği bir gönderen adresini reddetmek için kullanabilir.
enhanced-x-1-8-fix-sender =
    E-posta programınızın ayarlarında, gönderen adresinizdeki alan adının doğru yazıldığını denetleyin.
    Alan adı doğruysa, durumu posta sunucusu yöneticinize ya da e-posta sağlayıcınıza bildirin, çünkü diğer sunucular alan adını DNS sorgularıyla bulamıyor.
enhanced-x-1-8-fix-admin =
    Gönderen alan adını siz yönetiyorsanız, teslim edilemedi raporlarının ona ulaşabilmesi için alan adının herkese açık DNS üzerinden çözümlendiğinden ve <code>MX</code> kayıtları ya da bir adres kaydı olduğundan emin olun.
    Tescil edilmemiş ya da yalnızca kendi ağınızın içinde var olan bir alan adıyla posta göndermeyin; bu tür gönderen adreslerini herkese açık bir alan adına yeniden yazın (Postfix’te <code>masquerade_domains</code> veya <code>smtp_generic_maps</code> ile).
    Postayı alan tarafta Postfix bu kodu <code>reject_unknown_sender_domain</code> ile, varsayılan olarak geçici bir 450 yanıtıyla (<code>unknown_address_reject_code</code>) gönderir; bu nedenle kod gerçekten var olan alan adlarında da görülüyorsa çözümleyicinizi denetleyin.

enhanced-x-1-9-name = İleti uyumsuz bir posta sistemine relay edildi
enhanced-x-1-9-description = Alıcı adresi geçerliydi, ancak ileti, izlemeyi desteklemeyen bir sisteme relay edildi; bu yüzden daha fazla bilgi verilemez (RFC 3886, bölüm 3.3.4). Bu kod bir ileti izleme raporunun <code>Status</code> alanında <code>2.1.9</code> olarak ve yalnızca “<code>relayed</code>” eylemiyle birlikte görülür.
enhanced-x-1-9-fix-sender =
    Yapmanız gereken bir şey yok: ileti relay edildi ve gittiği sistem, iletinin teslimatı hakkında rapor veremiyor.
enhanced-x-1-9-fix-admin =
    Yapmanız gereken bir şey yok: izleme, raporda adı geçen relay sunucusunda sona erer; daha fazlasını öğrenmeniz gerekiyorsa bir sonraki sistemin yöneticisine sorun.

enhanced-x-1-10-name = Alıcı adresinde null MX kaydı var
enhanced-x-1-10-description = Alıcı adresinin alan adı, hiç posta kabul etmediğini bildiren bir null MX kaydı yayımlar (RFC 7505, bölüm 4.1). Bir alıcıyı bu nedenle reddeden bir gönderim ya da relay sunucusu, RFC 7504’ün (bölüm 4) posta kabul etmeyen bir alan adı için tanımladığı yanıt koduyla, yani <code>556 5.1.10</code> ile yanıt vermelidir.
enhanced-x-1-10-fix-sender =
    Alıcının adresini, özellikle de alan adını denetleyin: bu alan adı hiç e-posta kabul etmediğini bildiriyor; yani ya adres yanlış ya da alıcı postasını başka bir alan adında alıyor.
    Alıcıya posta alabilen bir adresini başka bir kanaldan sorun.
enhanced-x-1-10-fix-admin =
    Kodu kendi sunucunuz gönderdiyse, düzeltilecek bir şey yok: sunucu alıcıyı RFC 7505’in (bölüm 4.1) önerdiği gibi reddetti.
    Alıcının alan adı sizinse ve posta almak istiyorsanız, null MX kaydını kaldırın ve çalışan posta sunucularını gösteren <code>MX</code> kayıtları yayımlayın, çünkü null MX kaydı olan bir alan adının başka hiçbir <code>MX</code> kaydı olmamalıdır (RFC 7505, bölüm 3).
    Yeni kayıtların görünür olduğunu bir DNS sorgusuyla denetleyin ve çözümleyicilerin eski kaydı, yaşam süresi (TTL) dolana kadar sakladığını unutmayın.

## X.2: posta kutusu durumu (RFC 3463, bölüm 3.3)

enhanced-x-2-0-name = Diğer veya tanımsız posta kutusu durumu
enhanced-x-2-0-description = Posta kutusu vardır, ancak bildirilen durumun nedeni posta kutusuyla ilgilidir ve daha belirli hiçbir ayrıntı kodu bu duruma uymaz (RFC 3463, bölüm 3.3).
enhanced-x-2-0-fix-sender =
    Nedeni öğrenmek için koddan sonraki metni okuyun; metin geçici bir sorundan söz ediyorsa daha sonra yeniden deneyin.
    Hata sürerse, alıcıya posta kutusunun postaları reddettiğini başka bir kanaldan bildirin.
enhanced-x-2-0-fix-admin =
    Alıcının posta kutusunun durumunu, örneğin kotasını, izinlerini ve hesabın etkin olup olmadığını, posta günlüğünüzde ve posta deposunda denetleyin.
    Mümkün olduğunda daha belirli bir kod gönderin; örneğin devre dışı bir posta kutusu için <code>X.2.1</code>, dolu bir posta kutusu için <code>X.2.2</code>.

enhanced-x-2-1-name = Posta kutusu devre dışı, ileti kabul etmiyor
enhanced-x-2-1-description = Posta kutusu vardır ama ileti kabul etmez (RFC 3463, bölüm 3.3). Posta kutusu bir daha hiç etkinleştirilmeyecekse bu kalıcı bir hatadır, yalnızca bir süreliğine devre dışı bırakılmışsa geçici bir hatadır.
enhanced-x-2-1-fix-sender =
    Alıcıya posta kutusunun posta kabul etmediğini başka bir kanaldan bildirin ya da ona başka bir adresinden ulaşın.
    Kod <code>4.2.1</code> ise, bekleyin, çünkü posta sunucunuz yeniden dener ve posta kutusu daha sonra yeniden posta kabul edebilir.
enhanced-x-2-1-fix-admin =
    Hesabın posta alması gerekiyorsa, hesabı yeniden etkinleştirin ya da ona teslimatı engelleyen ayarı kaldırın.
    Hesap kalıcı olarak kapatıldıysa, gönderenlerin yeniden denemeyi bırakması için ona gelen postayı <code>5.2.1</code> veya <code>5.1.6</code> gibi kalıcı bir kodla reddedin.

enhanced-x-2-2-name = Posta kutusu dolu
enhanced-x-2-2-description = Posta kutusu doludur, çünkü alıcı posta kutusunun kotasını ya da fiziksel kapasitesini aşmıştır; alıcı ileti silerek yer açabilir (RFC 3463, bölüm 3.3). RFC 3463 bu kodun süregelen geçici hata olarak, yani <code>4.2.2</code> olarak kullanılmasını söyler, ancak kayıt defteri onu 552 ile ilişkilendirir.
enhanced-x-2-2-fix-sender =
    İleti silebilmesi ya da daha fazla alan isteyebilmesi için alıcıya posta kutusunun dolu olduğunu başka bir kanaldan bildirin.
    Alıcı yer açtıktan sonra iletiyi yeniden gönderin; kod <code>4.2.2</code> ise, posta sunucunuz bir süre kendiliğinden yeniden dener.
enhanced-x-2-2-fix-admin =
    Alıcının kotasını yükseltin ya da ondan eski iletileri silmesini veya arşivlemesini isteyin (Postfix’te yerel ve sanal posta kutusu dosyalarının en büyük boyutunu <code>mailbox_size_limit</code> ve <code>virtual_mailbox_limit</code> belirler).
    Yazılımınız seçme olanağı veriyorsa, alıcı yer açtığında iletinin yine de ulaşabilmesi için dolu bir posta kutusunu RFC 3463’ün önerdiği gibi geçici bir kodla (<code>4.2.2</code>) yanıtlayın.

enhanced-x-2-3-name = İleti uzunluğu yönetimsel sınırı aşıyor
enhanced-x-2-3-description = İleti, posta kutusu için belirlenmiş ve sistemin genel sınırından düşük olan bir boyut sınırından büyüktür (RFC 3463, bölüm 3.3). Bu kod kalıcı hata olarak kullanılmalıdır.
enhanced-x-2-3-fix-sender =
    İletiyi, örneğin ekleri sıkıştırarak ya da büyük dosyaları bir paylaşım bağlantısıyla göndererek küçültün.
    Eklerin e-posta için kodlandığında yaklaşık üçte bir oranında büyüdüğünü unutmayın.
enhanced-x-2-3-fix-admin =
    Bu posta kutusunun boyut sınırını denetleyin ve meşru iletiler bu sınırı aşıyorsa sınırı yükseltin.
    Posta kutusu başına bu tür sınırları, sunucunun <code>EHLO</code> yanıtında <code>SIZE</code> ile duyurduğu, sistemin tamamına ait sınırın (Postfix’te <code>message_size_limit</code>) altında tutun.

enhanced-x-2-4-name = E-posta listesi genişletme sorunu
enhanced-x-2-4-description = Alıcı bir e-posta listesidir ve liste genişletilemedi (RFC 3463, bölüm 3.3). Bu kalıcı bir hata da, süregelen geçici bir hata da olabilir.
enhanced-x-2-4-fix-sender =
    Kod <code>4.2.4</code> ise, bekleyin, çünkü posta sunucunuz iletiyi yeniden dener.
    Hata sürerse, e-posta listesinin sahibine haber verin ve acil iletileri üyelere doğrudan gönderin.
enhanced-x-2-4-fix-admin =
    Posta günlüğünde, okunamayan bir üye listesi, başarısız olan bir liste programı ya da listeye geri dönen bir üye adresi gibi, genişletmenin ürettiği hatayı arayın.
    Liste tanımını ya da liste programını çalıştıran takma adı düzeltin ve listeye bir ileti göndererek test edin.

## X.3: posta sistemi durumu (RFC 3463, bölüm 3.4)

enhanced-x-3-0-name = Diğer veya tanımsız posta sistemi durumu
enhanced-x-3-0-description = Hedef sistem vardır ve normalde posta kabul eder, ancak bildirilen durumun nedeni bu sistemle ilgilidir ve daha belirli hiçbir ayrıntı kodu bu duruma uymaz (RFC 3463, bölüm 3.4).
enhanced-x-3-0-fix-sender =
    Kod <code>4.3.0</code> ise, bekleyin: posta sunucunuz yeniden dener ve postayı alan sistem toparlandığında ileti genellikle yerine ulaşır.
    Sonunda <code>5.3.0</code> kodlu bir teslim edilemedi raporu alırsanız, raporu posta sunucusu yöneticinize gönderin ya da alıcıya başka bir kanaldan haber verin.
enhanced-x-3-0-fix-admin =
    Yanıtın verildiği saatteki posta günlüğü kayıtlarında içerik filtresi, veritabanı, arama tablosu ya da kuyruğun dosya sistemi gibi başarısız olan bileşeni arayın.
    Bu bileşeni onarın; ertelenen iletiler, gönderenlerin bir sonraki yeniden denemesinde yerine ulaşır.

enhanced-x-3-1-name = Posta sistemi dolu
enhanced-x-3-1-description = Posta sisteminin depolama alanı tükenmiştir ve dolu bir posta kutusundan farklı olarak alıcı yer açamayabilir (RFC 3463, bölüm 3.4). Bu kod yalnızca süregelen geçici hata olarak anlamlıdır.
enhanced-x-3-1-fix-sender =
    Bekleyin: posta sunucunuz iletiyi saklar ve yeniden dener; postayı alan sistemde yeniden boş alan olduğunda teslimat başarılı olur.
    Gecikme bildirimlerinde bir gün ya da daha uzun süre <code>4.3.1</code> görünmeye devam ederse, alıcıya başka bir kanaldan haber verin.
enhanced-x-3-1-fix-admin =
    Posta kuyruğunun ya da posta deposunun dosya sisteminde yer açın ve büyüyen bir ertelenmiş ileti kuyruğu ya da büyük günlük dosyaları gibi, alanı neyin doldurduğunu bulun.
    Postfix’te sunucu, boş alan <code>queue_minfree</code> değerinin ya da <code>message_size_limit</code> değerinin 1,5 katının altına düştüğünde posta kabul etmez; bu nedenle bu değerleri diskin boyutuyla orantılı tutun.

enhanced-x-3-2-name = Sistem ağdan ileti kabul etmiyor
enhanced-x-3-2-description = Posta kutusunun bulunduğu ana bilgisayar, örneğin yakında kapatılacağı, aşırı yüklü olduğu ya da bakımda olduğu için ileti kabul etmez (RFC 3463, bölüm 3.4). Bu kod hem kalıcı hem de süregelen geçici hatalar için anlamlıdır; RFC 7504 (bölüm 6) de, hiçbir zaman posta kabul etmeyen bir ana bilgisayarın bir bağlantıyı yanıtladığı 521 kodunu bu kodun temel yanıt kodları arasına eklemiştir.
enhanced-x-3-2-fix-sender =
    Kod <code>4.3.2</code> ise, bekleyin: postayı alan ana bilgisayar büyük olasılıkla meşgul ya da bakımdadır ve posta sunucunuz yeniden dener.
    Kod <code>5.3.2</code> ise, alıcının adresini denetleyin, çünkü yanıt veren ana bilgisayar posta kabul etmiyor.
enhanced-x-3-2-fix-admin =
    Ana bilgisayar bakımdaysa ya da kapatılıyorsa, kesintiyi kısa tutun ya da bu sırada postayı başka bir <code>MX</code> ana bilgisayarının kabul ettiğinden emin olun.
    Ana bilgisayar hiçbir zaman posta kabul etmiyorsa, onu her alan adının <code>MX</code> kayıtlarından çıkarın ve bağlantılara karşılama yanıtı olarak 521 gönderin (RFC 7504, bölüm 3).

enhanced-x-3-3-name = Sistem seçilen özellikleri desteklemiyor
enhanced-x-3-3-description = Hedef sistem ileti için istenen özellikleri desteklemez; bu, bir posta ortamının özelliklerini başka bir ortamınkilere eşleyemeyen bir ağ geçidinde olabilir (RFC 3463, bölüm 3.4).
enhanced-x-3-3-fix-sender =
    İletiyi, e-posta programınızın eklemiş olabileceği teslimat durum bildirimleri ya da öncelik ayarı gibi özel özellikler olmadan yeniden gönderin.
enhanced-x-3-3-fix-admin =
    Sistemin ya da ağ geçidinin iletinin hangi özelliğini destekleyemediğini günlükte bulun; ardından ya bu özelliğe destek ekleyin ya da iletinin bu özellik olmadan geçmesine izin verin.
    Gönderenin neyi çıkarması gerektiğini bilmesi için özelliğin adını yanıt metninde belirtin.

enhanced-x-3-4-name = İleti sistem için çok büyük
enhanced-x-3-4-description = İleti, sistemin tek bir ileti için belirlediği, fiziksel ya da yönetimsel olabilen boyut sınırını aşar (RFC 3463, bölüm 3.4). Bu kod yalnızca kalıcı hata olarak anlamlıdır.
enhanced-x-3-4-fix-sender =
    İletiyi, örneğin ekleri sıkıştırarak ya da büyük dosyaları bir paylaşım bağlantısıyla göndererek küçültün.
    Eklerin e-posta için kodlandığında yaklaşık üçte bir oranında büyüdüğünü unutmayın.
enhanced-x-3-4-fix-admin =
    Meşru iletiler boyut sınırınızı aşıyorsa, sınırı yükseltin (Postfix’te ve Exim’de <code>message_size_limit</code>) ve posta kutusu kotalarınızla tutarlı tutun.
    İstemcilerin büyük bir iletiyi göndermeden önce geri çevirebilmesi için <code>EHLO</code> yanıtınızdaki <code>SIZE</code> değerinin uyguladığınız sınırla eşleştiğini denetleyin.

enhanced-x-3-5-name = Sistem yanlış yapılandırılmış
enhanced-x-3-5-description = Sistem, bu iletiyi kabul etmesine olanak veren bir şekilde yapılandırılmamıştır (RFC 3463, bölüm 3.4).
enhanced-x-3-5-fix-sender =
    Kod <code>4.3.5</code> ise, bekleyin, çünkü posta sunucunuz yeniden dener; sorun iletinizde değil, postayı alan sistemin yapılandırmasındadır.
    Sonunda bir teslim edilemedi raporu alırsanız, alıcının yöneticisinin hatadan haberdar olması için alıcıya başka bir kanaldan haber verin.
enhanced-x-3-5-fix-admin =
    Posta günlüğünde sunucunun bildirdiği, eksik bir arama tablosu, yanlış bir dosya izni, bilinmeyen bir transport ya da bozuk bir filtre ayarı gibi yapılandırma hatasını arayın ve düzeltin.
    Postfix’te <code>postfix check</code> komutunu çalıştırın ve bu komutun ve posta günlüğünün verdiği uyarıları okuyun, çünkü uyarılar ilgili parametrenin ya da dosyanın adını verir.

enhanced-x-3-6-name = İstenen öncelik değiştirildi
enhanced-x-3-6-description = Sunucu iletiyi relay ya da teslimat için kabul etti, ancak <code>MT-PRIORITY</code> uzantısıyla istenen önceliğe ya da varsayılan önceliğe uymadı (RFC 6710, bölüm 4.1). 250 ya da 251 yanıtında koddan sonraki metin önce yeni önceliği, ardından bir boşluk ve bir açıklama verir.
enhanced-x-3-6-fix-sender =
    Yapmanız gereken bir şey yok: ileti kabul edildi, ancak istenenden farklı bir öncelikle.
enhanced-x-3-6-fix-admin =
    Yapmanız gereken bir şey yok; sunucunun uyguladığı önceliği koddan sonraki metin verir.
    Postayı gönderen taraftaysanız ve istediğiniz önceliğe ihtiyacınız varsa, postayı alan sunucunun sizden hangi öncelikleri kabul ettiğini öğrenin (RFC 6710).

## X.4: ağ ve yönlendirme durumu (RFC 3463, bölüm 3.5)

enhanced-x-4-0-name = Diğer veya tanımsız ağ ya da yönlendirme durumu
enhanced-x-4-0-description = Ağda bir sorun oluştu, ancak sorunun ne olduğu açık değil ya da onu daha belirli hiçbir ayrıntı kodu tanımlamıyor (RFC 3463, bölüm 3.5).
enhanced-x-4-0-fix-sender =
    Kod <code>4.4.0</code> ise, bekleyin: posta sunucunuz yeniden dener ve ağ sorunları genellikle geçer.
    Sonunda gelen teslim edilemedi raporunda <code>5.4.0</code> görünüyorsa, alıcının alan adında yazım hatası olup olmadığını denetleyin; alan adı doğruysa raporu posta sunucusu yöneticinize gönderin.
enhanced-x-4-0-fix-admin =
    Yolun DNS, bağlantı ya da bir relay sunucusu gibi hangi bölümünün başarısız olduğunu bulmak için koddan sonraki metni ve teslimat denemelerinin günlük kayıtlarını okuyun.
    Hedefe giden yönlendirmeyi (routing) denetleyin: hedefin <code>MX</code> kayıtlarını ve kendi relay ve transport ayarlarınızı (Postfix’te <code>relayhost</code> ve <code>transport_maps</code>).

enhanced-x-4-1-name = Ana bilgisayardan yanıt yok
enhanced-x-4-1-description = Giden bağlantı girişimi yanıtsız kaldı, çünkü uzak sistem meşguldü ya da çağrıyı kabul edemedi (RFC 3463, bölüm 3.5). Bu kod yalnızca süregelen geçici hata olarak anlamlıdır.
enhanced-x-4-1-fix-sender =
    Bekleyin: posta sunucunuz iletiyi saklar ve yeniden dener; postayı alan ana bilgisayar yeniden yanıt verdiğinde teslimat genellikle başarılı olur.
    Günlerce süren yeniden denemelerin ardından sonunda bir teslim edilemedi raporu alırsanız, alıcıya posta sunucusuna ulaşılamadığını başka bir kanaldan bildirin.
enhanced-x-4-1-fix-admin =
    Postayı gönderen sunucuda, sunucunun hedefin <code>MX</code> ana bilgisayarlarına 25 numaralı porttan bağlanıp bağlanamadığını test edin, çünkü bazı ağlar ve sağlayıcılar bu porta giden bağlantıları engeller.
    Hedef sistemi siz yönetiyorsanız, <code>MX</code> ana bilgisayarlarının çalıştığını, 25 numaralı portu dinlediğini ve hiçbir güvenlik duvarının onlara gelen bağlantıları düşürmediğini denetleyin.

enhanced-x-4-2-name = Hatalı bağlantı
enhanced-x-4-2-description = Giden bağlantı kuruldu, ancak bir zaman aşımı ya da kalitesiz bir bağlantı nedeniyle posta işlemi tamamlanamadı (RFC 3463, bölüm 3.5). Bu kod yalnızca süregelen geçici hata olarak anlamlıdır.
enhanced-x-4-2-fix-sender =
    Bekleyin: posta sunucunuz yeniden dener ve teslimat genellikle yeni bir bağlantı üzerinden yapılan sonraki bir denemede başarılı olur.
enhanced-x-4-2-fix-admin =
    Günlükte bağlantının hangi noktada koptuğunu (örneğin karşılama yanıtında, <code>STARTTLS</code> sırasında ya da verinin sonunda) ve bir zaman aşımının dolup dolmadığını arayın.
    Sunucular arasında SMTP oturumlarını kesen ya da yavaşlatan güvenlik duvarları, vekil sunucular (proxy) ya da tarama cihazları olup olmadığını denetleyin.
    Zaman aşımı değerlerinin yavaş hatlardaki büyük iletilere uygun olduğunu denetleyin (Postfix’te postayı alan tarafta <code>smtpd_timeout</code>, postayı gönderen tarafta <code>smtp_data_done_timeout</code>).

enhanced-x-4-3-name = Dizin sunucusu hatası
enhanced-x-4-3-description = Bir dizin sunucusu kullanılamadığı için ileti yönlendirilemedi; bir DNS sunucusuna ulaşılamaması buna bir örnektir (RFC 3463, bölüm 3.5). Bu kod yalnızca süregelen geçici hata olarak anlamlıdır; RFC 7208 (bölüm 8.6), geçici bir hatayla sonuçlanan bir SPF denetimi için <code>451 4.4.3</code> yanıtını önerir, RFC 7372 ise bu durum için daha sonra <code>X.7.24</code> kodunu kayıt defterine eklemiştir.
enhanced-x-4-3-fix-sender =
    Bekleyin: bu hata genellikle zamanla geçen bir DNS sorunudur ve posta sunucunuz kendiliğinden yeniden dener.
    Sonunda gelen teslim edilemedi raporunda bu kod görünüyorsa, raporu posta sunucusu yöneticinize gönderin.
enhanced-x-4-3-fix-admin =
    Sunucunun DNS çözümleyicisinin yanıt verdiğini, örneğin hedefin <code>MX</code> kayıtlarını doğrudan posta sunucusunun üzerinde sorgulayarak denetleyin.
    Hata tek bir alan adıyla ilgiliyse, o alan adının ad sunucularını denetleyin, çünkü bozuk ya da ulaşılamayan ad sunucuları alan adı için yapılan her sorgunun başarısız olmasına yol açar.
    Kod bir SPF denetimine verilen yanıtsa (RFC 7208, bölüm 8.6), gönderen alan adının SPF kaydının ve bu kaydın dahil ettiği kayıtların hızlı ve hatasız çözümlendiğini denetleyin.

enhanced-x-4-4-name = Yönlendirme yapılamıyor
enhanced-x-4-4-description = Dizin sunucusu gereken yönlendirme (routing) bilgisini sağlamadığı için posta sistemi iletinin sonraki atlamasını (next hop) belirleyemedi; alan adı için yalnızca bir <code>SOA</code> kaydı döndüren bir DNS sorgusu buna bir örnektir (RFC 3463, bölüm 3.5). Bu kod hem kalıcı hem de süregelen geçici hatalar için anlamlıdır.
enhanced-x-4-4-fix-sender =
    Alıcının alan adında yazım hatası olup olmadığını denetleyin, çünkü posta sistemi bu alan adına gelen postayı nereye teslim edeceğini bulamadı.
    Alan adı doğruysa, alıcıya alan adının posta kayıtlarının bozuk olduğunu başka bir kanaldan bildirin.
enhanced-x-4-4-fix-admin =
    Alıcının alan adı sizinse, adres kayıtları olan ana bilgisayar adlarını gösteren <code>MX</code> kayıtları yayımlayın ve bunları bir DNS sorgusuyla denetleyin.
    Sunucunuz bu alan adının yönlendirmesini (routing) kendisi yapıyorsa, sunucunun transport ve relay ayarlarını (Postfix’te <code>transport_maps</code> ve <code>relayhost</code>) ve sonraki atlamanın (next hop) çözümlendiğini denetleyin.

enhanced-x-4-5-name = Posta sisteminde tıkanıklık
enhanced-x-4-5-description = Posta sistemi tıkanık olduğu için iletiyi teslim edemedi (RFC 3463, bölüm 3.5). Bu kod yalnızca süregelen geçici hata olarak anlamlıdır.
enhanced-x-4-5-fix-sender =
    Bekleyin: posta sunucunuz yeniden dener ve postayı alan sistemin yükü azaldığında ileti yerine ulaşır.
enhanced-x-4-5-fix-admin =
    Postayı alan taraftaysanız, sistem yükünü, bağlantı sayısını ve kuyruğun boyutunu denetleyin; tıkanıklık sık yaşanıyorsa kapasite ekleyin ya da sınırları ayarlayın.
    Postayı gönderen taraftaysanız, o hedefe açtığınız paralel bağlantı sayısını ve teslimat hızını düşürün (Postfix’te <code>smtp_destination_concurrency_limit</code> ve <code>smtp_destination_rate_delay</code>).

enhanced-x-4-6-name = Yönlendirme döngüsü algılandı
enhanced-x-4-6-description = İleti, hatalı yönlendirme (routing) tabloları ya da kullanıcıların kurduğu bir yönlendirme döngüsü nedeniyle çok fazla kez yönlendirildi (RFC 3463, bölüm 3.5). Bu kod yalnızca süregelen geçici hata olarak anlamlıdır.
enhanced-x-4-6-fix-sender =
    Alıcıya başka bir kanaldan haber verin, çünkü onun tarafındaki yönlendirme kuralları ya da posta ayarları iletiyi bir döngü içinde dolaştırıyor.
    Postayı kendi adresleriniz arasında yönlendiriyorsanız, birbirine yönlendiren iki adres olmadığını denetleyin.
enhanced-x-4-6-fix-admin =
    İletinin geçtiği ana bilgisayarları ve geri döndüğü noktayı bulmak için geri gönderilen iletinin <code>Received</code> başlık alanlarını okuyun.
    Postayı geri gönderen yönlendirme kurallarını, takma adları, <code>MX</code> kayıtlarını ya da relay ayarlarını düzeltin; sunucunuzun bir alan adının postasını, bu postayı size geri relay eden bir ana bilgisayara relay etmesi buna bir örnektir.
    Postfix’te postanın sunucunun kendisine geri dönmesi genellikle, alan adının sunucunun teslimat yaptığı alan adları arasında (<code>mydestination</code> veya <code>virtual_mailbox_domains</code>) bulunmadığı anlamına gelir.

enhanced-x-4-7-name = Teslimat süresi doldu
enhanced-x-4-7-description = İletiyi reddeden sistem, ileti o ana bilgisayarda çok uzun süre kaldığı ya da gönderenin belirlediği yaşam süresi aşıldığı için iletiyi fazla eski saydı (RFC 3463, bölüm 3.5). Mümkün olduğunda bunun yerine, teslimat denemeleri sırasında gerçekte karşılaşılan sorunun kodu döndürülmelidir.
enhanced-x-4-7-fix-sender =
    Alıcının adresinin doğru olduğunu denetleyin ve iletiyi daha sonra yeniden gönderin.
    Alıcıya başka bir kanaldan haber verin, çünkü onun posta sistemi iletiyi günlerce kabul etmedi.
enhanced-x-4-7-fix-admin =
    Postayı gönderen sunucunun günlüğünde süre dolmadan önceki ertelemelere bakın, çünkü yanıt vermeyen bir ana bilgisayar ya da yinelenen geçici bir ret gibi gerçek nedeni bu ertelemeler gösterir.
    Bu nedeni giderin; iletilerin kuyrukta daha uzun süre kalması gerekiyorsa, kuyrukta kalma süresini ayarlayın (Postfix’te <code>maximal_queue_lifetime</code>).

## X.5: posta teslimat protokolü durumu (RFC 3463, bölüm 3.6)

enhanced-x-5-0-name = Diğer veya tanımsız protokol durumu
enhanced-x-5-0-description = İletiyi sonraki atlamaya (next hop) teslim etmek için gereken protokolde bir sorun vardı ve daha belirli hiçbir ayrıntı kodu bu sorunu tanımlamıyor (RFC 3463, bölüm 3.6).
enhanced-x-5-0-fix-sender =
    Yeniden deneyin; hata yinelenirse, teslim edilemedi raporunu posta sunucusu yöneticinize ya da e-posta sağlayıcınıza gönderin.
    Hatayı e-posta programınız gösteriyorsa, programın giden posta sunucusu ayarlarını sağlayıcınızın belgelerine göre denetleyin: <code>STARTTLS</code> ile 587 numaralı port ya da SSL/TLS ile 465 numaralı port.
enhanced-x-5-0-fix-admin =
    Günlükte sunucunun reddettiği komutu ve kodla birlikte gönderdiği metni arayın.
    Sunucuyla bir cihaz ya da program iletişim kuruyorsa, onun SMTP kurallarına uyduğunu, örneğin önce <code>EHLO</code> gönderdiğini ve her yanıtı beklediğini denetleyin.

enhanced-x-5-1-name = Geçersiz komut
enhanced-x-5-1-description = Posta işleminin bir komutu sırası dışında gönderildi ya da desteklenmiyor (RFC 3463, bölüm 3.6). Bu kod yalnızca kalıcı hata olarak anlamlıdır.
enhanced-x-5-1-fix-sender =
    Hatayı e-posta programınız gösteriyorsa, programın giden posta sunucusu ayarlarını denetleyin ve hata sürerse programı güncelleyin.
enhanced-x-5-1-fix-admin =
    Komutu sunucu günlüğünde bulun ve komutun sırası dışında mı geldiğini, yoksa sunucunun desteklemediği ya da devre dışı bıraktığı bir komut mu olduğunu denetleyin.
    İstemcilerin, kimlik doğrulaması olmayan bir porttaki <code>AUTH</code> gibi sunucunuzun sunmadığı bir komuta ihtiyacı varsa, komutu o portta sunun ya da istemcilere hangi portu kullanmaları gerektiğini bildirin.
    İstemciyi siz yönetiyorsanız, yalnızca sunucunun <code>EHLO</code> yanıtında listelediği komutları, RFC 5321’in gerektirdiği sırayla gönderin.

enhanced-x-5-2-name = Sözdizimi hatası
enhanced-x-5-2-description = Posta işleminin bir komutu, sözdizimi hatalı olduğu ya da komut tanınmadığı için yorumlanamadı (RFC 3463, bölüm 3.6). Bu kod yalnızca kalıcı hata olarak anlamlıdır.
enhanced-x-5-2-fix-sender =
    Hatayı e-posta programınız gösteriyorsa, programın giden posta sunucusu ayarlarını, özellikle port ve bağlantı güvenliği ayarlarını denetleyin, çünkü yanlış bir ayar sunucuya onun okuyamadığı veriler gönderilmesine yol açar.
enhanced-x-5-2-fix-admin =
    Sunucu günlüğünde sunucunun yorumlayamadığı satırı arayın; hiç SMTP olmayan veriler genellikle bir web tarayıcısından, bir tarama aracından ya da düz metin bekleyen bir portta TLS başlatan bir istemciden gelir.
    Ağınızdaki bir program hatalı biçimlendirilmiş komutlar gönderiyorsa, onu düzeltin; örneğin her satırı CR LF ile bitirmesini ve RFC 5321’in komut sözdizimine uymasını sağlayın.

enhanced-x-5-3-name = Çok fazla alıcı
enhanced-x-5-3-description = İleti için protokolün teslim edebileceğinden daha fazla alıcı belirtildi (RFC 3463, bölüm 3.6). İstemci normalde iletiyi kalan alıcılara sonraki bir denemede göndermelidir; bu kod, bunun mümkün olmadığı durum için vardır.
enhanced-x-5-3-fix-sender =
    İletiyi bir seferde daha az alıcıya gönderin ya da geniş bir kitleye ulaşmak için bir e-posta listesi kullanın.
    Kod <code>4.5.3</code> ise, yapmanız gereken bir şey yok: posta sunucunuz iletiyi kalan alıcılara sonraki bir posta işleminde gönderir.
enhanced-x-5-3-fix-admin =
    İleti başına alıcı sınırını denetleyin ve kullanıcılarınız için çok düşükse yükseltin (Postfix’te <code>smtpd_recipient_limit</code>, varsayılan değeri 1000).
    İstemcilerin iletiyi sınırı aşan alıcılara sonraki bir posta işleminde gönderebilmesi için bu alıcıları kalıcı bir kodla değil, <code>452 4.5.3</code> ile yanıtlayın (RFC 5321, bölüm 4.5.3.1.10).

enhanced-x-5-4-name = Geçersiz komut argümanları
enhanced-x-5-4-description = Posta işleminin geçerli bir komutu, izin verilen aralığın dışında kaldıkları ya da tanınmayan özelliklere işaret ettikleri için geçersiz olan argümanlarla gönderildi (RFC 3463, bölüm 3.6). Bu kod yalnızca kalıcı hata olarak anlamlıdır.
enhanced-x-5-4-fix-sender =
    Girdiğiniz adreslerde boşluk ya da bir adreste bulunmaması gereken karakterler olup olmadığını denetleyin ve yeniden deneyin.
enhanced-x-5-4-fix-admin =
    Günlükte, <code>MAIL FROM</code> komutunun bir parametresi, bir <code>AUTH</code> mekanizması ya da <code>EHLO</code> komutundaki ana bilgisayar adı gibi, sunucunun reddettiği komutu ve argümanı arayın.
    İstemciyi siz yönetiyorsanız, yalnızca sunucunun <code>EHLO</code> yanıtında listelediği uzantıların parametrelerini kullanın ve tam nitelikli ana bilgisayar adları ile eksiksiz adresler gönderin.

enhanced-x-5-5-name = Yanlış protokol sürümü
enhanced-x-5-5-description = İki taraf birbiriyle uyuşmayan protokol sürümleri kullanıyor ve bu uyuşmazlığı kendiliğinden çözemedi (RFC 3463, bölüm 3.6).
enhanced-x-5-5-fix-sender =
    E-posta programınızı güncelleyin ve programın giden posta sunucusu ayarlarının sağlayıcınızın belgelerinde yazanlarla eşleştiğini denetleyin.
enhanced-x-5-5-fix-admin =
    İki tarafın hangi protokolleri ya da sürümleri beklediğini, örneğin SMTP mi LMTP mi, <code>EHLO</code> mu <code>HELO</code> mu, öğrenin ve iki tarafı da ortak oldukları birini kullanacak şekilde yapılandırın.
    Bir istemci <code>HELO</code> komutuna geri dönüyorsa, <code>EHLO</code> komutunun neden başarısız olduğunu öğrenin, çünkü istemci geri döndükten sonra hiçbir uzantıyı kullanamaz.

enhanced-x-5-6-name = Kimlik doğrulama sürecindeki satır çok uzun
enhanced-x-5-6-description = Sunucu <code>AUTH</code> komutunu başarısız kılar, çünkü istemcinin base64 ile kodlanmış bir yanıtı, seçilen SASL mekanizması için ayrılan arabellekten uzundur (RFC 4954, bölüm 6). Bu kod hem kalıcı hem de süregelen geçici hatalar için anlamlıdır ve RFC 4954 onu 500 ile eşleştirir.
enhanced-x-5-6-fix-sender =
    E-posta programınızda başka bir giriş yöntemi deneyin; hata sürerse e-posta sağlayıcınıza başvurun.
enhanced-x-5-6-fix-admin =
    Çok sayıda gruba üye kullanıcıların Kerberos (<code>GSSAPI</code>) biletleri ya da uzun OAuth belirteçleri (token) gibi büyük kimlik doğrulama yanıtları meşruysa, sunucunun bunlar için koyduğu sınırı yükseltin (Postfix 3.4 ve sonraki sürümlerde <code>smtpd_sasl_response_limit</code>).
    İstemciyi siz geliştiriyor ya da yapılandırıyorsanız, her kimlik doğrulama yanıtını, örneğin daha kısa bir belirteç kullanarak, sunucunun sınırı içinde tutun.

## X.6: ileti içeriği veya medya durumu (RFC 3463, bölüm 3.7)

enhanced-x-6-0-name = Diğer veya tanımsız medya hatası
enhanced-x-6-0-description = İletinin içeriğiyle ilgili bir neden iletiyi teslim edilemez hâle getirdi ve daha belirli hiçbir ayrıntı kodu bu sorunu tanımlamıyor (RFC 3463, bölüm 3.7).
enhanced-x-6-0-fix-sender =
    İletinin eklerini ve biçimini denetleyin; iletiyi düz metin olarak ya da soruna yol açabilecek ek olmadan göndermeyi deneyin.
enhanced-x-6-0-fix-admin =
    Günlükte ya da içerik filtresinin raporunda, bir ek türü ya da bir kodlama gibi, iletinin reddedilen bölümünü arayın.
    İçeriği sizin filtreniz reddediyorsa, belirli bir kod ve metin gönderin; örneğin kabul etmediğiniz bir medya türü için <code>X.6.1</code>.

enhanced-x-6-1-name = Medya türü desteklenmiyor
enhanced-x-6-1-description = Teslimat protokolü ya da iletinin izlediği yoldaki bir sonraki sistem, iletinin medya türünü desteklemiyor (RFC 3463, bölüm 3.7). Bu kod yalnızca kalıcı hata olarak anlamlıdır.
enhanced-x-6-1-fix-sender =
    İçeriği başka bir biçimde gönderin; örneğin eki PDF gibi yaygın bir türe dönüştürün ya da sıkıştırın.
    Teslim edilemedi raporu ek türünü belirtiyorsa, eki kaldırın ya da dosyayı bir paylaşım bağlantısıyla gönderin.
enhanced-x-6-1-fix-admin =
    Filtrelerinizin ya da ağ geçidinizin hangi medya türlerini reddettiğini denetleyin (örneğin Postfix’te <code>mime_header_checks</code> ile) ve kullanıcılarınızın ihtiyacı varsa bu türe izin verin.
    Yoldaki bir sonraki sistem bu medya türünü kabul edemiyorsa, içeriği ağ geçidinde dönüştürün ya da türün adını veren bir metinle reddedin.

enhanced-x-6-2-name = Dönüştürme gerekli ama yasaklanmış
enhanced-x-6-2-description = İçeriğin teslim edilebilmesi için başka bir biçime dönüştürülmesi gerekir, ancak dönüştürmeye ya gönderen tarafından iletinin kendisinde ya da postayı gönderen ana bilgisayarın politikasıyla izin verilmemiştir (RFC 3463, bölüm 3.7).
enhanced-x-6-2-fix-sender =
    İletiyi düz metin gibi dönüştürme gerektirmeyen bir biçimde gönderin ya da e-posta programınızda iletinin dönüştürülmesini yasaklayan seçenekleri kapatın.
enhanced-x-6-2-fix-admin =
    Günlükte hangi dönüştürmenin gerektiğini bulun; <code>8BITMIME</code> duyurmayan bir sunucuya giden 8 bitlik içerik buna bir örnektir.
    Politikanız dönüştürmeyi yasaklıyorsa, bu durum için izin verin ya da postayı dönüştürme gerektirmeyen bir yoldan yönlendirin (Postfix’te <code>disable_mime_output_conversion</code>, 8 bitlik içeriğin 7 bite dönüştürülmesini kapatır).

enhanced-x-6-3-name = Dönüştürme gerekli ama desteklenmiyor
enhanced-x-6-3-description = İçeriğin yönlendirilebilmesi için başka bir biçime dönüştürülmesi gerekir, ancak iletinin izlediği yoldaki bir ana bilgisayar bu dönüştürmeyi imkânsız ya da uygulanamaz bulur (RFC 3463, bölüm 3.7). 8 bitlik aktarımı destekleyen ama iletiyi sonraki atlama (next hop) için 7 bite indiremeyen bir ağ geçidi buna bir örnektir.
enhanced-x-6-3-fix-sender =
    İletiyi dönüştürme gerektirmeyen bir içerikle, örneğin düz metin olarak gönderin ve alıcının ASCII bir adresi varsa onu kullanın.
enhanced-x-6-3-fix-admin =
    Yoldaki ana bilgisayarın 8 bitten 7 bite dönüştürme gibi hangi dönüştürmeyi yapamadığını bulun ve bu dönüştürmeyi etkinleştirin ya da postayı onu destekleyen bir sistem üzerinden yönlendirin.
    Postayı alan sistemi siz yönetiyorsanız, gönderenlerin dönüştürmeye ihtiyaç duymaması için <code>8BITMIME</code> uzantısını ve yazılımınız destekliyorsa <code>SMTPUTF8</code> uzantısını duyurun.

enhanced-x-6-4-name = Kayıplı dönüştürme yapıldı
enhanced-x-6-4-description = Gönderene, iletinin teslim edildiğini, ancak bunun yalnızca bazı verilerin kaybolduğu bir dönüştürmeden sonra mümkün olduğunu bildiren bir uyarıdır (RFC 3463, bölüm 3.7). Gönderen ileti için kayıplı dönüştürmeyi yasaklamışsa, bu kod kalıcı bir hata da olabilir.
enhanced-x-6-4-fix-sender =
    Kod <code>2.6.4</code> ise, ileti teslim edildi, ancak bir dönüştürme sırasında içeriğin bir kısmı kayboldu; bu yüzden iletinin okunabilir hâlde ulaşıp ulaşmadığını alıcıya sorun.
    Kod <code>5.6.4</code> ise, iletiyi dönüştürme gerektirmeyen bir biçimde yeniden gönderin ya da kayıplı dönüştürmeye izin verin.
enhanced-x-6-4-fix-admin =
    Tek bir <code>2.6.4</code> raporu için yapmanız gereken bir şey yok.
    Kod sık görülüyorsa, bir ağ geçidinin taşıyamadığı bir karakter kümesi ya da medya türü gibi, hangi dönüştürmenin veri kaybettirdiğini bulun ve yolu ya da ağ geçidini değiştirin.

enhanced-x-6-5-name = Dönüştürme başarısız oldu
enhanced-x-6-5-description = Bir dönüştürme gerekiyordu ve başarılı olmadı (RFC 3463, bölüm 3.7). Bu kod kalıcı ya da süregelen geçici bir bildirim olabilir.
enhanced-x-6-5-fix-sender =
    İletiyi daha basit bir içerikle, örneğin düz metin olarak ya da dönüştürülemeyen ek olmadan yeniden gönderin.
    Kod <code>4.6.5</code> ise, bekleyin, çünkü posta sunucunuz yeniden dener ve dönüştürme daha sonra başarılı olabilir.
enhanced-x-6-5-fix-admin =
    Ağ geçidinin ya da dönüştürücünün günlüğünde neyin ve neden başarısız olduğunu arayın; hatalı biçimlendirilmiş bir MIME yapısı ya da çöken bir dönüştürücü buna örnektir.
    Dönüştürücüyü onarın ya da güncelleyin veya sonraki atlama (next hop) bu iletileri kabul edebiliyorsa, onların dönüştürülmeden geçmesine izin verin.

enhanced-x-6-6-name = İleti içeriği kullanılamıyor
enhanced-x-6-6-description = İleti içeriği uzak bir sistemden alınamadı; örneğin bir gönderim sunucusu bir <code>BURL</code> komutundaki IMAP URL adresini çözümleyemediğinde bu olur (RFC 4468, bölüm 5). Bu kod kalıcı ya da süregelen geçici bir bildirim olabilir.
enhanced-x-6-6-fix-sender =
    İletiyi yeniden gönderin ve hata sürerse e-posta sağlayıcınıza başvurun, çünkü sunucu iletiyi posta kutunuzdan alamadı.
enhanced-x-6-6-fix-admin =
    Gönderim sunucusunun <code>BURL</code> komutunda adı geçen IMAP sunucusuna ulaşabildiğini ve iletiyi oradan alma izni olduğunu, örneğin süresi dolmamış geçerli bir URLAUTH URL adresiyle, denetleyin.
    Gönderim sunucusu o IMAP sunucusuna güvenmiyorsa, <code>X.7.14</code>’ün bildirdiği güven ilişkisini yapılandırın.

enhanced-x-6-7-name = Bu gönderen/alıcı için ASCII dışı adreslere izin verilmiyor
enhanced-x-6-7-description = Sunucu ASCII dışı karakterli bir adres içeren bir <code>MAIL</code> ya da <code>RCPT</code> komutu aldı ve bu gönderen ya da alıcı için böyle bir adrese izin vermiyor (RFC 6531, bölüm 3.5). Bu kod, bir <code>RCPT</code> komutu ASCII bir adres gerektirdiğinde 553 ile, bir <code>MAIL</code> komutu gerektirdiğinde ise 550 ile birlikte gelir.
enhanced-x-6-7-fix-sender =
    Alıcının ASCII bir adresi varsa ona gönderin ya da kendi ASCII adreslerinizden birinden gönderin.
    ASCII dışı karakterli adreslere ihtiyacınız varsa, <code>SMTPUTF8</code> destekleyen bir e-posta sağlayıcısı kullanın.
enhanced-x-6-7-fix-admin =
    Sunucunuzun ASCII dışı karakterli adresleri kabul etmesi gerekiyorsa, <code>SMTPUTF8</code> desteğini etkinleştirin ve <code>EHLO</code> yanıtında duyurun (Postfix 3.0 ve sonraki sürümlerde <code>smtputf8_enable</code>).
    İletiyi, hedefin hiçbir sunucusu <code>SMTPUTF8</code> desteklemediği için kendi sunucunuz geri gönderdiyse, alıcının sağlayıcısı destek ekleyene kadar ileti o adrese teslim edilemez.
    İstemciyi siz yönetiyorsanız, ileti gerektirdiğinde <code>MAIL FROM</code> komutuna <code>SMTPUTF8</code> parametresini ekleyin; ancak bunu yalnızca sunucu <code>EHLO</code> yanıtında <code>SMTPUTF8</code> uzantısını listeliyorsa yapın (RFC 6531, bölüm 3.4).

enhanced-x-6-8-name = UTF-8 dizgesi içeren bir yanıt gerekiyor, ancak SMTP istemcisi buna izin vermiyor
enhanced-x-6-8-description = Yanıtın posta kutusu adını gösterebilmesi için bir UTF-8 dizgesi gerekir, ancak istemci bu biçimde bir yanıta izin vermemiştir (RFC 6531, bölüm 3.7.4.2). Bu durum <code>VRFY</code> ya da <code>EXPN</code> komutu <code>SMTPUTF8</code> parametresi olmadan gönderildiğinde ortaya çıkar ve sunucu o zaman 252 ya da 550 ile yanıt vermek zorundadır; kayıt defteri 553 kodunu da listeler.
enhanced-x-6-8-fix-sender =
    İletileriniz için yapmanız gereken bir şey yok: bu kod posta gönderimine değil, bir adres hakkındaki sorguya (<code>VRFY</code> ya da <code>EXPN</code>) verilen bir yanıttır.
enhanced-x-6-8-fix-admin =
    Sunucuda değiştirilecek bir şey yok: sunucu, buna izin vermemiş bir istemciye UTF-8 bir posta kutusu adı göndermeyi haklı olarak reddediyor.
    İstemciyi siz geliştiriyor ya da yapılandırıyorsanız, istemci UTF-8 bir yanıtı işleyebiliyorsa <code>VRFY</code> ya da <code>EXPN</code> komutunu <code>SMTPUTF8</code> parametresiyle gönderin; bunu yalnızca sunucu <code>EHLO</code> yanıtında <code>SMTPUTF8</code> uzantısını listeliyorsa yapın (RFC 6531, bölüm 3.7.4.2).

enhanced-x-6-9-name = UTF-8 başlıklı ileti bir ya da daha fazla alıcıya aktarılamıyor, bu yüzden ileti reddedilmeli
enhanced-x-6-9-description = Posta işlemi, <code>DATA</code> verisini bitiren son <samp>.</samp> satırından sonra başarısız oldu, çünkü bir ya da daha fazla alıcı uluslararasılaştırılmış (UTF-8) başlık alanları içeren bir iletiyi kabul edemiyor (RFC 6531, bölüm 3.5). RFC 6531 bu kodu bölüm 3.5’te 554 ile eşleştirir, ancak bölüm 4.2’de 550 ile kayıt defterine ekler.
enhanced-x-6-9-fix-sender =
    İletiyi yalnızca ASCII adreslerle yeniden gönderin ya da iletiyi alamayan alıcılara ayrıca gönderin.
    Bu alıcılara, ASCII bir adresleri ya da uluslararasılaştırılmış e-postayı destekleyen bir sağlayıcıları olup olmadığını sorun.
enhanced-x-6-9-fix-admin =
    Söz konusu alıcıların sistemini siz yönetiyorsanız, posta deposu da dahil olmak üzere posta kutularına giden yolun tamamında <code>SMTPUTF8</code> desteği sağlayın.
    Postayı gönderen taraftaysanız, UTF-8 başlık alanları içeren bir iletiyi yalnızca <code>EHLO</code> yanıtında <code>SMTPUTF8</code> uzantısını listeleyen sunuculara gönderin ve diğer alıcılara kabul edebilecekleri bir iletiyle ulaşın.

enhanced-x-6-10-name = <code>X.6.8</code>’in kullanımdan kaldırılmış kopyası
enhanced-x-6-10-description = Bu kod <code>X.6.8</code>’in bir kopyasıdır ve kullanımdan kaldırılmıştır; bu yüzden sunucular bunun yerine <code>X.6.8</code> göndermelidir (RFC 6531, bölüm 4.2). Deneysel RFC 5336 bu kodu, 252 yanıt kodu için <code>X.6.8</code> anlamıyla kayıt defterine eklemişti; RFC 6531 ise bu yanıt kodunu doğrudan <code>X.6.8</code> ile ilişkilendirir.
enhanced-x-6-10-fix-sender =
    Aynı anlama gelen <code>X.6.8</code> için verilen önerileri okuyun.
enhanced-x-6-10-fix-admin =
    Kodu <code>X.6.8</code> olarak ele alın ve o kod için verilen önerileri izleyin.
    Kendi sunucunuz <code>X.6.10</code> gönderiyorsa, onu bunun yerine <code>X.6.8</code> gönderecek şekilde ayarlayın, çünkü RFC 6531 (bölüm 4.2) <code>X.6.10</code>’u kullanımdan kaldırır.

## X.7: güvenlik veya politika durumu (RFC 3463, bölüm 3.8)

enhanced-x-7-0-name = Diğer veya tanımsız güvenlik durumu
enhanced-x-7-0-description = Güvenlikle ilgili bir neden iletinin geri gönderilmesine yol açtı ve daha belirli hiçbir ayrıntı kodu bu sorunu tanımlamıyor; bu kod, güvenlik politikası durumun daha ayrıntılı açıklanmasına izin vermediğinde de kullanılabilir (RFC 3463, bölüm 3.8). RFC 4954 (bölüm 6) bu kodu başarılı bir kimlik doğrulama için 235 ile, geçici bir kimlik doğrulama hatası için 454 ile, kimlik doğrulama gerektiğinde ise 530 ile eşleştirir.
enhanced-x-7-0-fix-sender =
    Koddan sonraki metni okuyun, çünkü <code>X.7.0</code> birbirinden çok farklı güvenlik ve politika nedenlerini kapsar.
    Kodu posta gönderirken e-posta programınız bildiriyorsa, hesabınızın kullanıcı adı ve parolasıyla kimlik doğrulamayı açın: <code>STARTTLS</code> ile 587 numaralı portta ya da SSL/TLS ile 465 numaralı portta.
    Kod başka bir alan adından gelen bir teslim edilemedi raporunda yer alıyorsa, raporu posta sunucusu yöneticinize ya da e-posta sağlayıcınıza gönderin.
enhanced-x-7-0-fix-admin =
    Günlükte, zorunlu kimlik doğrulama, bir TLS gereksinimi, bir kara liste ya da bir politika hizmeti gibi, kodu üreten kuralı ya da denetimi arayın.
    Geçici bir kimlik doğrulama hatasında (<code>454 4.7.0</code>), Postfix’in arkasındaki Dovecot gibi kimlik doğrulama hizmetinin çalıştığını ve yanıt verdiğini denetleyin.
    Gönderenlerin neyi düzeltmeleri gerektiğini bilmesi için, mümkün olduğunda politika gereği bir ret için <code>X.7.1</code>, yanlış kimlik bilgileri için <code>X.7.8</code> gibi daha belirli bir kod gönderin.

enhanced-x-7-1-name = Teslimat yetkisi yok, ileti reddedildi
enhanced-x-7-1-description = Gönderenin bu hedefe gönderme yetkisi yoktur; bu, ana bilgisayara ya da alıcıya göre yapılan filtrelemeden kaynaklanabilir (RFC 3463, bölüm 3.8). Bu kod yalnızca kalıcı hata olarak anlamlıdır ve sunucular onu yerel politika gereği yapılan retlerde yaygın olarak kullanır.
enhanced-x-7-1-fix-sender =
    Koddan sonraki metni okuyun: sunucunun adresinizi mi, sağlayıcınızın sunucusunu mu, içeriği mi yoksa bir relay girişimini mi reddettiğini genellikle bu metin söyler.
    Reddedilen bir relay girişiminde, e-posta programınızın kendi sağlayıcınızın giden posta sunucusunda kimliğini doğruladığından emin olun.
    Diğer durumlarda, teslim edilemedi raporunu posta sunucusu yöneticinize ya da e-posta sağlayıcınıza gönderin veya alıcıdan, adresinizin izin listesine eklenmesini sağlamasını isteyin.
enhanced-x-7-1-fix-admin =
    Postayı alan taraftaysanız, iletiyi reddeden kuralı (örneğin bir erişim tablosu, bir DNS kara listesi ya da <code>reject_unauth_destination</code>) posta günlüğünüzde bulun ve meşru postayı reddettiyse düzeltin.
    Postayı gönderen taraftaysanız ve metinde bir kara listenin adı geçiyorsa, IP adresinizi o listede sorgulayın, nedeni giderin ve listeden çıkarılmayı talep edin.
    Kendi kullanıcılarınız Postfix’ten <samp>Relay access denied</samp> (relay izni verilmedi) yanıtı alıyorsa, kimliklerini doğrulamalarını sağlayın (<code>smtpd_relay_restrictions</code> içinde <code>permit_sasl_authenticated</code>) ya da ağlarını <code>mynetworks</code> listesine ekleyin.

enhanced-x-7-2-name = E-posta listesinin genişletilmesi yasak
enhanced-x-7-2-description = Gönderenin, hedeflediği e-posta listesine ileti gönderme yetkisi yoktur (RFC 3463, bölüm 3.8). Bu kod yalnızca kalıcı hata olarak anlamlıdır.
enhanced-x-7-2-fix-sender =
    E-posta listesinin sahibinden, örneğin gönderim yaptığınız adresin listeye abone edilmesiyle, listeye ileti göndermenize izin vermesini isteyin.
    Listeye abone olan adresten gönderdiğinizi denetleyin.
enhanced-x-7-2-fix-admin =
    Listenin ileti gönderme politikasını denetleyin; gönderenin listeye ileti gönderebilmesi gerekiyorsa, onu üyelere ya da ileti göndermesine izin verilen adreslere ekleyin.

enhanced-x-7-3-name = Güvenlik dönüştürmesi gerekli ama mümkün değil
enhanced-x-7-3-description = Teslimat, bir güvenli ileti protokolünden diğerine dönüştürme gerektiriyordu ve bu dönüştürme mümkün olmadı (RFC 3463, bölüm 3.8). Bu kod yalnızca kalıcı hata olarak anlamlıdır.
enhanced-x-7-3-fix-sender =
    İletiyi alıcıyla anlaştığınız şekilde, şifreleme ve imza olmadan ya da alıcının desteklediği S/MIME veya OpenPGP gibi güvenli bir biçimde gönderin.
enhanced-x-7-3-fix-admin =
    İki tarafın hangi güvenli ileti biçimlerini kullandığını ve aralarındaki dönüştürmenin nerede başarısız olduğunu bulun; ağ geçidini ya iki biçimi de destekleyecek ya da iletiyi değiştirmeden geçirecek şekilde yapılandırın.

enhanced-x-7-4-name = Güvenlik özellikleri desteklenmiyor
enhanced-x-7-4-description = İleti, güvenli kimlik doğrulama gibi, teslimat protokolünün destekleyemediği güvenlik özellikleri içeriyordu (RFC 3463, bölüm 3.8). Bu kod yalnızca kalıcı hata olarak anlamlıdır.
enhanced-x-7-4-fix-sender =
    İletiyi, e-posta programınızın eklediği güvenlik özelliği olmadan gönderin ya da alıcının desteklediği başka bir yolla koruyun.
enhanced-x-7-4-fix-admin =
    Teslimat protokolünün hangi güvenlik özelliğini destekleyemediğini bulun; bu özelliği yol üzerinde destekleyin ya da gönderenlere hangi özellikleri çıkarmaları gerektiğini bildirin.
    İstemciyi siz yönetiyorsanız, yalnızca sunucunun <code>EHLO</code> yanıtında listelediği güvenlik özelliklerini ve <code>AUTH</code> mekanizmalarını kullanın.

enhanced-x-7-5-name = Kriptografi hatası
enhanced-x-7-5-description = İletiyi yoldayken doğrulama ya da şifresini çözme yetkisi olan bir aktarım sistemi, anahtar gibi ihtiyaç duyduğu bir bilgi eksik ya da geçersiz olduğu için bunu yapamadı (RFC 3463, bölüm 3.8).
enhanced-x-7-5-fix-sender =
    İletiyi alıcının güncel sertifikasıyla ya da anahtarıyla şifrelediğinizi denetleyin ve yeniden gönderin.
    Alıcının sertifikasının ya da açık anahtarının süresi dolmuşsa veya değişmişse, ondan güncel bir sertifika ya da açık anahtar isteyin.
enhanced-x-7-5-fix-admin =
    İletileri doğrulayan ya da şifrelerini çözen sistemin ihtiyaç duyduğu anahtarlara ve sertifikalara sahip olduğunu, bunların geçerli olduğunu ve sürelerinin dolmadığını, ayrıca kullandığı anahtar dizinlerine ulaşabildiğini denetleyin.

enhanced-x-7-6-name = Kriptografi algoritması desteklenmiyor
enhanced-x-7-6-description = İletiyi doğrulama ya da şifresini çözme yetkisi olan bir aktarım sistemi, gereken algoritmayı desteklemediği için bunu yapamadı (RFC 3463, bölüm 3.8).
enhanced-x-7-6-fix-sender =
    E-posta programınızın güvenlik ayarları seçim yapmanıza izin veriyorsa, iletiyi alıcının desteklediği başka bir şifreleme ya da imza algoritmasıyla gönderin.
enhanced-x-7-6-fix-admin =
    İletinin hangi algoritmayı kullandığını bulun ve iletileri doğrulayan ya da şifrelerini çözen sisteme bu algoritma için destek ekleyin veya gönderenlere sistemin hangi algoritmaları kabul ettiğini bildirin.

enhanced-x-7-7-name = İleti bütünlüğü hatası
enhanced-x-7-7-description = İletiyi doğrulama yetkisi olan bir aktarım sistemi, ileti bozulduğu ya da değiştirildiği için bunu yapamadı (RFC 3463, bölüm 3.8). Bu kod kalıcı hata, süregelen geçici hata ya da başarı kodu olarak kullanılabilir.
enhanced-x-7-7-fix-sender =
    İletiyi yeniden gönderin, çünkü ileti yolda değiştirildi ya da bozuldu.
    Postanızı imzalıyorsanız, sunucunuzun eklediği bir alt bilgi gibi, iletiyi imzalandıktan sonra değiştiren bir şey olmadığını denetleyin.
enhanced-x-7-7-fix-admin =
    İletiyi yolda değiştiren sistemi, örneğin alt bilgi ekleyen ya da içeriği yeniden yazan bir ağ geçidini bulun ve imzalı iletilere dokunmayacak şekilde ayarlayın.
    Kod <code>2.7.7</code> ise, ileti hataya rağmen teslim edilmiştir; hata yinelenmedikçe yapmanız gereken bir şey yok.

enhanced-x-7-8-name = Kimlik bilgileri geçersiz
enhanced-x-7-8-description = Kimlik bilgileri geçersiz ya da yetersiz olduğu için <code>AUTH</code> komutu başarısız oldu; istemci kullanıcıdan, örneğin bir parola iletişim kutusuyla, yeni kimlik bilgileri istemelidir (RFC 4954, bölüm 6). Sunucular bu kodu <code>535 5.7.8</code> olarak gönderir. RFC 4468 <code>X.7.8</code>’i önce eksik bir güven ilişkisi için kullanmıştı; RFC 5248 bu kullanımı <code>X.7.14</code>’e taşıdı.
enhanced-x-7-8-fix-sender =
    Çoğunlukla e-posta adresinizin tamamı olan kullanıcı adını denetleyin ve parolayı yeniden yazın.
    Sağlayıcınız gerektiriyorsa, normal parolanız yerine bir uygulama parolası ya da OAuth 2.0 ile giriş kullanın.
    Eski bir parolayla denemeyi sürdüren diğer tüm cihazları ve programları durdurun, çünkü yinelenen başarısız denemeler hesabın kilitlenmesine yol açabilir.
enhanced-x-7-8-fix-admin =
    Hatanın nedenini günlükte arayın; Dovecot gibi kimlik doğrulama hizmetleri günlüğe posta sunucusundan daha fazla ayrıntı yazar.
    Hesabın var olduğunu, bir parolası tanımlandığını ve SMTP kimlik doğrulamasını kullanma izni olduğunu denetleyin.

enhanced-x-7-9-name = Kimlik doğrulama mekanizması çok zayıf
enhanced-x-7-9-description = Seçilen mekanizma, sunucu politikasının o kullanıcı için izin verdiğinden daha zayıf olduğu için <code>AUTH</code> komutu başarısız oldu; istemci başka bir mekanizmayla yeniden denemelidir (RFC 4954, bölüm 6). Sunucular bu kodu <code>534 5.7.9</code> olarak gönderir.
enhanced-x-7-9-fix-sender =
    Sağlayıcınız bir uygulama parolası ya da OAuth 2.0 ile giriş gerektiriyorsa, bunu hesabınızda ayarlayın ve e-posta programınızda kullanın.
    E-posta programınız sunuyorsa, programın giden posta sunucusu ayarlarında daha güvenli bir kimlik doğrulama yöntemi seçin.
enhanced-x-7-9-fix-admin =
    Sunucunun bu bağlantı üzerinden bu kullanıcıya hangi mekanizmaları sunduğunu denetleyin ve en az birinin politikanızı karşıladığından emin olun (Postfix’te <code>smtpd_sasl_security_options</code> ve <code>smtpd_sasl_tls_security_options</code>).
    İstemciyi siz geliştiriyor ya da yapılandırıyorsanız, vazgeçmek yerine sunucunun <code>EHLO</code> yanıtındaki daha güçlü bir mekanizmayla yeniden deneyin (RFC 4954, bölüm 6).

enhanced-x-7-10-name = Şifreleme gerekli
enhanced-x-7-10-description = İstenen kimlik doğrulama mekanizması yalnızca TLS gibi güçlü bir gizlilik katmanı üzerinden kullanılabilir; kod esas olarak parolayı açık metin olarak gönderen mekanizmalar içindir (RFC 5248, bölüm 2.4; kodu yerleşik uygulamaya dayanarak kayıt defterine bu RFC eklemiştir). Bu kodu alan bir istemci, kimliğini doğrulamadan önce TLS başlatabilir ya da daha güçlü bir mekanizma kullanabilir. RFC 8689 (bölüm 4.2.1) de, TLS ile korunan bir oturum kurulamadığında, bir <code>REQUIRETLS</code> iletisi için gönderilen teslim edilemedi raporunda <code>5.7.10</code> kodunu kullanır.
enhanced-x-7-10-fix-sender =
    Giden posta sunucunuzun bağlantı güvenliğini 587 numaralı portta <code>STARTTLS</code> ya da 465 numaralı portta SSL/TLS olarak ayarlayın.
    <code>REQUIRETLS</code> ile gönderilen bir iletinin teslim edilemedi raporunda <code>5.7.10</code> görünüyorsa, ileti TLS üzerinden taşınamamıştır; bu yüzden iletiyi bu gereksinim olmadan, yalnızca içeriği buna uygunsa yeniden gönderin.
enhanced-x-7-10-fix-admin =
    İstemcilerin parola mekanizmalarını şifrelenmemiş bir bağlantıda hiçbir zaman seçmemesi için bu mekanizmaları yalnızca <code>STARTTLS</code> sonrasında sunun (Postfix’te <code>smtpd_tls_auth_only = yes</code>).
    İstemciyi siz geliştiriyor ya da yapılandırıyorsanız, kimlik doğrulamadan önce TLS başlatın, <code>EHLO</code> komutunu yeniden gönderin ve yeni yanıttaki mekanizmalardan birini seçin.
    Sunucunuz bir <code>REQUIRETLS</code> iletisini <code>5.7.10</code> ile geri gönderdiyse, hedefin TLS yapılandırmasını denetleyin: hedefin <code>MX</code> ana bilgisayarları, sunucunuzun doğrulayabileceği bir sertifikayla <code>STARTTLS</code> sunmalıdır (RFC 8689, bölüm 4.2.1).

enhanced-x-7-11-name = İstenen kimlik doğrulama mekanizması için şifreleme gerekli
enhanced-x-7-11-description = Seçilen mekanizma yalnızca bağlantı şifreliyken kullanılabildiği için <code>AUTH</code> komutu başarısız oldu (RFC 4954, bölüm 6). RFC 4954 bu kodu, <code>538 5.7.11</code> olarak, yalnızca tarihsel amaçlarla belgeler: sunucular o anki bağlantının izin vermediği mekanizmaları duyurmamalıdır.
enhanced-x-7-11-fix-sender =
    Giden posta sunucunuzun bağlantı güvenliğini 587 numaralı portta <code>STARTTLS</code> ya da 465 numaralı portta SSL/TLS olarak ayarlayın.
enhanced-x-7-11-fix-admin =
    Şifreleme gerektiren mekanizmaları yalnızca <code>STARTTLS</code> sonrasında sunun (Postfix’te <code>smtpd_tls_auth_only = yes</code>), çünkü RFC 4954 (bölüm 6) bu yanıtı yalnızca tarihsel amaçlarla belgeler.
    İstemciyi siz geliştiriyor ya da yapılandırıyorsanız, kimlik doğrulamadan önce TLS başlatın ve <code>EHLO</code> komutunu yeniden gönderin.

enhanced-x-7-12-name = Parola geçişi gerekiyor
enhanced-x-7-12-description = Kullanıcının seçilen kimlik doğrulama mekanizmasına geçiş yapması gerekir; bu genellikle kullanıcının bir kez <code>PLAIN</code> mekanizmasıyla kimliğini doğrulamasıyla olur ve bundan sonra seçilen mekanizma sonraki oturumlarda çalışmalıdır (RFC 4954, bölüm 6). Sunucular bu kodu <code>AUTH</code> komutuna yanıt olarak <code>432 4.7.12</code> biçiminde gönderir.
enhanced-x-7-12-fix-sender =
    E-posta programınızı, şifreli bir bağlantı üzerinden bir kez normal parola yöntemiyle kimlik doğrulayacak şekilde ayarlayın, ardından daha önce kullandığınız yönteme geri dönün.
    Bu yanıt gelmeye devam ederse, e-posta sağlayıcınıza başvurun.
enhanced-x-7-12-fix-admin =
    Hesabın parola saklama şemasını denetleyin, çünkü <code>CRAM-MD5</code> ve <code>SCRAM</code> gibi mekanizmalar parolanın kendisine ya da kendilerine özgü saklanmış bir anahtara ihtiyaç duyar ve sıradan bir parola özeti (hash) bunu sağlayamaz.
    Yalnızca saklanan kimlik bilgilerinin desteklediği mekanizmaları sunun ya da sunucunun yeni biçimi saklayabilmesi için kullanıcıların TLS üzerinden bir kez <code>PLAIN</code> ile kimlik doğrulamasına izin verin (RFC 4954, bölüm 6).

enhanced-x-7-13-name = Kullanıcı hesabı devre dışı
enhanced-x-7-13-description = Kimlik doğrulama başarılı oldu, ancak hesap, örneğin ödeme yapılmadığı, kötüye kullanıldığı ya da hesaba izinsiz girilmeye çalışıldığı için devre dışıdır (RFC 5248, bölüm 2.4). Kullanıcı sistem yöneticisinden hesabı yeniden etkinleştirmesini isteyene kadar hata kalıcıdır; yanlış kimlik bilgilerinden kaynaklanan bir hatadan farklı olarak, parolayı yeniden istemek işe yaramaz.
enhanced-x-7-13-fix-sender =
    Hesabın neden devre dışı bırakıldığını öğrenmek ve yeniden etkinleştirilmesini sağlamak için e-posta sağlayıcınıza ya da posta sunucusu yöneticinize başvurun.
    Bu nedenle parolayı değiştirmeyin ya da yeniden yazmayın, çünkü sunucu parolayı kabul etti; devre dışı olan, hesabın kendisidir.
enhanced-x-7-13-fix-admin =
    Hesabın durumunu kullanıcı dizininizde ya da faturalandırma sisteminizde denetleyin ve kötüye kullanım ya da izinsiz giriş gibi nedeni giderildikten sonra hesabı yeniden etkinleştirin.
    Hesap ele geçirildiyse, yeniden etkinleştirmeden önce parolasını sıfırlayın, uygulama parolalarını ve belirteçlerini (token) iptal edin.

enhanced-x-7-14-name = Güven ilişkisi gerekli
enhanced-x-7-14-description = Gönderim sunucusunun ileti içeriğine erişebilmesi için üçüncü taraf bir sunucuyla yapılandırılmış bir güven ilişkisine ihtiyacı vardır; URL adresi gönderim sunucusunun güvenmediği bir IMAP sunucusunu gösteren bir <code>BURL</code> komutunda durum budur (RFC 5248, bölüm 2.4). Bu kod, RFC 4468’in (bölüm 5) bu durum için kullandığı <code>X.7.8</code>’in yerini alır.
enhanced-x-7-14-fix-sender =
    İletiyi yeniden gönderin ve hata sürerse e-posta sağlayıcınıza başvurun, çünkü sunucu iletiyi posta kutunuzdan alamadı.
enhanced-x-7-14-fix-admin =
    Gönderim sunucusunun iletiyi alabilmesi için gönderim sunucusu ile <code>BURL</code> komutunda adı geçen IMAP sunucusu arasındaki güven ilişkisini yapılandırın (RFC 4468).
    İstemciyi siz geliştiriyor ya da yapılandırıyorsanız, sunucu o IMAP sunucusuna güvenmediğinde ileti içeriğini <code>BURL</code> yerine <code>DATA</code> ya da <code>BDAT</code> ile gönderin.

enhanced-x-7-15-name = Öncelik düzeyi çok düşük
enhanced-x-7-15-description = <code>MT-PRIORITY</code> uzantısıyla istenen ileti önceliği, postayı alan sunucunun şu anda kabul ettiği en düşük önceliğin altındadır (RFC 6710, bölüm 4.1). Bu durum, örneğin sunucunun bir süre yalnızca daha yüksek öncelikli iletileri kabul ettiği zamanlarda olduğu gibi, geçici olabilir; kod 450 ya da 550 ile veya başka bir 4yz ya da 5yz koduyla gönderilir.
enhanced-x-7-15-fix-sender =
    Kod <code>4.7.15</code> ise, bekleyin: sunucu şu anda yalnızca daha yüksek öncelikli postayı kabul ediyor ve posta sunucunuz yeniden dener.
    Kod <code>5.7.15</code> ise, kullanma izniniz varsa iletiyi daha yüksek bir öncelikle gönderin ya da alıcıya başka bir kanaldan haber verin.
enhanced-x-7-15-fix-admin =
    Sunucunun şu anda kabul ettiği en düşük <code>MT-PRIORITY</code> düzeyini ve bu kısıtlamanın hâlâ gerekli olup olmadığını denetleyin.
    Postayı gönderen taraftaysanız, yalnızca postayı alan sunucunun sizden kabul ettiği ve kullanıcılarınızın kullanmasına izin verilen öncelikleri isteyin (RFC 6710).

enhanced-x-7-16-name = İleti belirtilen öncelik için çok büyük
enhanced-x-7-16-description = İleti, <code>MT-PRIORITY</code> uzantısıyla istenen öncelik için çok büyüktür ve sunucu onu 552 ile reddetmelidir (RFC 6710, bölüm 5). Bu durum, örneğin sunucunun bir süre yalnızca belirli bir boyutun altındaki daha yüksek öncelikli iletileri kabul ettiği zamanlarda olduğu gibi, geçici olabilir. RFC 4865 (bölüm 6), ileri tarihli teslim (future release) için kullanıcı başına kotanın aşılması anlamında farklı bir <code>X.7.16</code> tanımlamıştır; bu tanım kayıt defterinde yer almaz.
enhanced-x-7-16-fix-sender =
    İletiyi küçültün ya da daha düşük bir öncelikle yeniden gönderin.
    Eklerin e-posta için kodlandığında yaklaşık üçte bir oranında büyüdüğünü unutmayın.
enhanced-x-7-16-fix-admin =
    Sunucunun her öncelik düzeyine uyguladığı boyut sınırlarını denetleyin ve meşru iletiler bu sınırları aşıyorsa sınırları ayarlayın.
    Postayı gönderen taraftaysanız, büyük iletileri daha düşük bir öncelikle gönderin (RFC 6710, bölüm 5).

enhanced-x-7-17-name = Posta kutusunun sahibi değişti
enhanced-x-7-17-description = <code>RRVS</code> uzantısıyla ya da <code>Require-Recipient-Valid-Since</code> başlık alanıyla gönderilen bir ileti, belirtilen tarih ve saatten bu yana kesintisiz olarak aynı sahibe ait olmamış bir posta kutusuna gönderilmiştir (RFC 7293, bölüm 15.3). Postayı alan taraf, posta adresin yeni sahibine ulaşmasın diye iletiyi bir 5yz koduyla, genellikle 550 ile reddeder. RFC 4865 (bölüm 6), ileri tarihli teslim (future release) için sistem kotasının aşılması anlamında farklı bir <code>X.7.17</code> tanımlamıştır; bu tanım kayıt defterinde yer almaz.
enhanced-x-7-17-fix-sender =
    İletiyi bu adrese göndermeyin: posta kutusunun sahibi iletinizdeki tarihten bu yana değişti; yani ulaşmak istediğiniz kişi artık bu adreste posta almıyor.
    Alıcının güncel adresini başka bir kanaldan öğrenin ve kayıtlarınızı güncelleyin.
enhanced-x-7-17-fix-admin =
    Postayı alan sunucuda değiştirilecek bir şey yok: sunucu, RFC 7293’ün amaçladığı gibi adresin yeni sahibini korudu.
    Postayı gönderen sistemi siz yönetiyorsanız, adresi kayıtlarınızdan çıkarın ya da işaretleyin, çünkü bu adres artık ulaşmak istediğiniz kişiye ulaşmıyor.

enhanced-x-7-18-name = Alan adının sahibi değişti
enhanced-x-7-18-description = <code>RRVS</code> uzantısıyla ya da <code>Require-Recipient-Valid-Since</code> başlık alanıyla gönderilen bir ileti alındı ve postayı alan sistem, alıcının alan adının belirtilen tarih ve saatten bu yana sahip değiştirdiğini açıklamayı seçiyor (RFC 7293, bölüm 15.3). Bu kod bir 5yz koduyla gönderilir.
enhanced-x-7-18-fix-sender =
    İletiyi bu adrese göndermeyin: alan adının sahibi iletinizdeki tarihten bu yana değişti; yani adres artık başka birine ait olabilir.
    Alıcının güncel adresini başka bir kanaldan öğrenin ve kayıtlarınızı güncelleyin.
enhanced-x-7-18-fix-admin =
    Postayı alan sunucuda değiştirilecek bir şey yok: sunucu sahip değişikliğini bilerek açıklıyor.
    Postayı gönderen sistemi siz yönetiyorsanız, ilgili hesapların sahipleri yeni adreslerini doğrulayana kadar bu hesaplar için o alan adındaki adresleri kullanmayı bırakın.

enhanced-x-7-19-name = <code>RRVS</code> testi tamamlanamıyor
enhanced-x-7-19-description = <code>RRVS</code> uzantısıyla ya da <code>Require-Recipient-Valid-Since</code> başlık alanıyla gönderilen bir ileti değerlendirilemiyor, çünkü postayı alan sistem posta kutusunun ne zaman oluşturulduğunu ya da başka birine atandığını kaydetmemiş (RFC 7293, bölüm 15.3). İletiyi <code>RRVS</code> koruması olmadan yeniden gönderip göndermeyeceğine iletinin asıl göndereni karar vermelidir.
enhanced-x-7-19-fix-sender =
    İletinin sahiplik denetimi olmadan bu adrese ulaşmasında sakınca olup olmadığına karar verin; sakınca yoksa iletiyi <code>Require-Recipient-Valid-Since</code> başlık alanı ya da <code>RRVS</code> parametresi olmadan yeniden gönderin.
    Parola sıfırlama gibi hassas bir iletide önce adresi alıcıyla başka bir kanaldan doğrulayın.
enhanced-x-7-19-fix-admin =
    Postayı alan taraftaysanız ve <code>RRVS</code> testinin başarılı olmasını istiyorsanız, posta kutularının ne zaman oluşturulduğunu ya da başka birine atandığını kaydedin.
    Postayı gönderen sistemi siz yönetiyorsanız, bu kodu politikanıza göre ele alın ve <code>RRVS</code> olmadan yalnızca adresin yeni bir sahibine ulaşmasında sakınca olmayan iletileri yeniden gönderin.

enhanced-x-7-20-name = Doğrulamadan geçen bir DKIM imzası bulunamadı
enhanced-x-7-20-description = İleti doğrulamadan geçen bir DKIM imzası taşımıyor ve yerel politika böyle bir imza gerektiriyor (RFC 7372, bölüm 3.1). Postayı bu nedenle reddetmek, geçerli DKIM imzası taşımayan iletilere özel muamele yapılmamasını öğütleyen RFC 6376’nın (bölüm 6.1) önerisine aykırıdır.
enhanced-x-7-20-fix-sender =
    Teslim edilemedi raporunu posta sunucusu yöneticinize ya da e-posta sağlayıcınıza gönderin, çünkü çözüm postayı gönderen taraftadır: alan adınızın postasının DKIM ile imzalanması gerekir.
enhanced-x-7-20-fix-admin =
    Gönderen alan adını siz yönetiyorsanız, giden tüm postayı DKIM ile imzalayın ve açık anahtarı, kullandığınız seçicinin (selector) altında, örneğin <code>s1._domainkey.example.com</code> adında bir <code>TXT</code> kaydı olarak yayımlayın.
    Alt bilgi ekleyen bir sunucu ya da konu satırını düzenleyen bir e-posta listesi gibi, iletiyi imzalandıktan sonra değiştiren bir şey olmadığını denetleyin ve bir iletinin kimlik doğrulama sonuçlarını gösteren bir posta kutusuna ileti göndererek test edin.
    Postayı alan taraftaysanız, geçerli imzası olmayan postayı reddetmenin RFC 6376’nın (bölüm 6.1) önerisine aykırı olduğunu unutmayın ve bu tür postayı diğer denetimlerin sonuçlarına göre değerlendirmeyi düşünün.

enhanced-x-7-21-name = Kabul edilebilir bir DKIM imzası bulunamadı
enhanced-x-7-21-description = İleti doğrulamadan geçen bir ya da daha fazla DKIM imzası taşıyor, ancak bunların hiçbiri, hangi başlık alanlarının imzalanması gerektiği gibi yerel gereksinimleri karşılamıyor (RFC 7372, bölüm 3.1). <code>X.7.20</code>’de olduğu gibi, postayı bu nedenle reddetmek RFC 6376’nın (bölüm 6.1) önerisine aykırıdır.
enhanced-x-7-21-fix-sender =
    Teslim edilemedi raporunu posta sunucusu yöneticinize ya da e-posta sağlayıcınıza gönderin, çünkü postanızın DKIM imzası postayı alan sunucunun gereksinimlerini karşılamıyor.
enhanced-x-7-21-fix-admin =
    Gönderen alan adını siz yönetiyorsanız, imzanızın imzalanması gereken başlık alanları, anahtar uzunluğu ya da algoritma gibi hangi gereksinimi karşılamadığını öğrenin ve imzalama ayarlarınızı değiştirin.
    En azından RFC 6376’nın (bölüm 5.4) zorunlu kıldığı <code>From</code> başlık alanını imzalayın ve en az 1024 bit, tercihen 2048 bit uzunluğunda RSA anahtarları kullanın (RFC 8301).
    Postayı alan taraftaysanız, gereksinimlerinizi yanıt metninde belirtin ve postayı bu nedenle reddetmenin RFC 6376’nın (bölüm 6.1) önerisine aykırı olduğunu unutmayın.

enhanced-x-7-22-name = Yazar adresiyle eşleşen geçerli bir DKIM imzası bulunamadı
enhanced-x-7-22-description = İleti doğrulamadan geçen DKIM imzaları taşıyor, ancak hiçbirinin tanımlayıcısı <code>From</code> başlık alanındaki yazar adresiyle eşleşmiyor (RFC 7372, bölüm 3.1). Bu, <code>X.7.21</code>’in özel bir durumudur ve postayı bu nedenle reddetmek de RFC 6376’nın (bölüm 6.1) önerisine aykırıdır.
enhanced-x-7-22-fix-sender =
    Teslim edilemedi raporunu posta sunucusu yöneticinize ya da e-posta sağlayıcınıza gönderin, çünkü postanızın <code>From</code> adresinizdeki alan adı adına DKIM ile imzalanması gerekir.
enhanced-x-7-22-fix-admin =
    Gönderen alan adını siz yönetiyorsanız, postayı yalnızca e-posta hizmetinizin alan adıyla değil, <code>From</code> adresinin alan adıyla (imzanın <code>d=</code> etiketi) imzalayın.
    Bülten ya da destek talebi sistemi gibi sizin adınıza posta gönderen her hizmeti kendi alan adınızla imzalayacak şekilde ayarlayın ve bu hizmetlerin anahtarlarını kendi alan adınızın altında yayımlayın.
    Postayı alan taraftaysanız, postayı bu nedenle reddetmenin RFC 6376’nın (bölüm 6.1) önerisine aykırı olduğunu unutmayın.

enhanced-x-7-23-name = SPF doğrulaması başarısız oldu
enhanced-x-7-23-description = İletinin SPF denetimi “<code>fail</code>” sonucunu verdi ve yerel politika bu tür postayı reddediyor (RFC 7372, bölüm 3.2). Bu kod, RFC 7208’in (bölüm 8.4) bu durum için önerdiği <code>5.7.1</code> yerine 550 ile birlikte kullanılır.
enhanced-x-7-23-fix-sender =
    Teslim edilemedi raporunu posta sunucusu yöneticinize ya da e-posta sağlayıcınıza gönderin, çünkü iletinizi gönderen sunucuya alan adınızın SPF kaydında izin verilmemiş.
    İleti bir yönlendirme adresinden ya da başka bir hizmetten geçtiyse, bunun hangisi olduğunu yöneticiye bildirin.
enhanced-x-7-23-fix-admin =
    Gönderen alan adını siz yönetiyorsanız, <code>MAIL FROM</code> komutunda alan adınızla posta gönderen her sunucuyu ve hizmeti, örneğin sağlayıcınız için bir <code>include</code> mekanizmasıyla, alan adınızın SPF kaydında listeleyin.
    “<code>v=spf1</code>” ile başlayan tek bir <code>TXT</code> kaydı yayımlayın ve kaydın 10 DNS sorgusu sınırını aşmamasını sağlayın (RFC 7208, bölüm 4.6.4).
    Postayı alan taraftaysanız ve başka bir sunucunun yönlendirdiği posta SPF denetiminden geçemiyorsa, güvendiğiniz yönlendirme sunucularını izin listesine ekleyin ya da onlardan zarftaki gönderen adresini, örneğin Sender Rewriting Scheme (SRS) ile yeniden yazmalarını isteyin.

enhanced-x-7-24-name = SPF doğrulama hatası
enhanced-x-7-24-description = İletinin SPF değerlendirmesi bir hatayla sonuçlandı: ya 451 ile gönderilen, DNS hatası gibi geçici bir hatayla ya da 550 ile gönderilen, yorumlanamayan bir SPF kaydı gibi kalıcı bir hatayla (RFC 7372, bölüm 3.2). Bu kod, RFC 7208’in (bölüm 8.6 ve 8.7) bu sonuçlar için önerdiği <code>4.4.3</code> ve <code>5.5.2</code> yerine kullanılır.
enhanced-x-7-24-fix-sender =
    Teslim edilemedi raporunu posta sunucusu yöneticinize ya da e-posta sağlayıcınıza gönderin, çünkü alan adınızın SPF kaydı değerlendirilemedi.
    Kod <code>4.7.24</code> ise, bekleyin: posta sunucunuz yeniden dener ve geçici bir DNS hatası genellikle geçer.
enhanced-x-7-24-fix-admin =
    Gönderen alan adını siz yönetiyorsanız, SPF kaydında sözdizimi hataları, yine “<code>v=spf1</code>” ile başlayan ikinci bir kayıt ve 10’dan fazla DNS sorgusu olup olmadığını denetleyin; bunların her biri sonucu kalıcı bir hataya dönüştürür (RFC 7208, bölüm 4.5 ve 4.6).
    Alan adının ve kaydın dahil ettiği her alan adının ad sunucularının güvenilir biçimde yanıt verdiğini denetleyin, çünkü bir zaman aşımı sonucu geçici bir hataya dönüştürür.
    Postayı alan taraftaysanız ve <code>4.7.24</code> yanıtları birçok alan adıyla ilgiliyse, kendi çözümleyicinizi denetleyin.

enhanced-x-7-25-name = Ters DNS doğrulaması başarısız oldu
enhanced-x-7-25-description = SMTP istemcisinin IP adresi bir ters DNS denetiminden geçemedi ve yerel politika bu tür istemcileri reddediyor (RFC 7372, bölüm 3.3). Yaygın denetim olan <code>iprev</code> (RFC 8601, bölüm 3), adresin eşlendiği adları sorgular ve yalnızca bu adlardan biri yeniden aynı adrese eşleniyorsa başarılı sayılır.
enhanced-x-7-25-fix-sender =
    Teslim edilemedi raporunu posta sunucusu yöneticinize ya da e-posta sağlayıcınıza gönderin, çünkü postayı gönderen sunucunun IP adresinin eşleşen bir ters DNS adı yok.
enhanced-x-7-25-fix-admin =
    Postayı gönderen sunucuyu siz yönetiyorsanız, sunucunun IP adresinin sahibinden, genellikle barındırma ya da ağ sağlayıcısından, sunucunun adını veren bir <code>PTR</code> kaydı isteyin ve bu ad için yeniden aynı adresi gösteren bir <code>A</code> ya da <code>AAAA</code> kaydı yayımlayın.
    Sunucunun <code>EHLO</code> komutunda bu adı bildirmesini sağlayın (Postfix’te <code>myhostname</code> ya da <code>smtp_helo_name</code>).
    Postayı alan tarafta Postfix bu kodu <code>reject_unknown_client_hostname</code> ile, sorgu o an için başarısız olduğunda ise geçici bir 450 yanıtıyla gönderir; bu nedenle kod birçok istemcide görülüyorsa çözümleyicinizi denetleyin.

enhanced-x-7-26-name = Birden fazla kimlik doğrulama denetimi başarısız oldu
enhanced-x-7-26-description = İleti, yerel politikaya aykırı olarak birden fazla ileti kimlik doğrulama denetiminden geçemedi ve kod hangi mekanizmaların başarısız olduğunu belirtmez (RFC 7372, bölüm 3.4). Birden fazla denetim başarısız olduğunda RFC 7372 (bölüm 4), ilk başarısız olan denetimin kodu yerine bu kodu önerir.
enhanced-x-7-26-fix-sender =
    Teslim edilemedi raporunu posta sunucusu yöneticinize ya da e-posta sağlayıcınıza gönderin, çünkü postanız SPF, DKIM ve DMARC gibi birkaç gönderen kimlik doğrulama denetiminden geçemedi.
enhanced-x-7-26-fix-admin =
    Gönderen alan adını siz yönetiyorsanız, doğru bir SPF kaydı yayımlayın, postanızı <code>From</code> adresinin alan adıyla DKIM ile imzalayın ve bir DMARC kaydı yayımlayın.
    Alan adınızla posta gönderen her hizmeti denetleyin ve bir iletinin kimlik doğrulama sonuçlarını gösteren bir posta kutusuna ileti göndererek test edin.
    Postayı alan taraftaysanız, gönderenin neyi düzeltmesi gerektiğini bilmesi için, politikanız izin veriyorsa başarısız olan denetimleri yanıt metninde belirtin.

enhanced-x-7-27-name = Gönderen adresinde null MX kaydı var
enhanced-x-7-27-description = <code>MAIL FROM</code> komutundaki ya da <code>From</code> başlık alanındaki gönderen adresinin alan adı bir null MX kaydı yayımlıyor ve postayı alan taraf, örneğin bu gönderenlere bir teslimat durum bildirimi geri gönderemeyeceği için, böyle gönderenlerden gelen postayı reddediyor (RFC 7505, bölüm 4.1). Sunucular bu kodu <code>550 5.7.27</code> olarak göndermelidir.
enhanced-x-7-27-fix-sender =
    Başka bir adresten gönderin, çünkü gönderen adresinizin alan adı hiç posta almadığını bildiriyor.
    Alan adı sizinse, teslim edilemedi raporunu posta sunucusu yöneticinize gönderin.
enhanced-x-7-27-fix-admin =
    Gönderen alan adını siz yönetiyorsanız, null MX kaydını, teslim edilemedi raporları da dahil olmak üzere posta kabul eden sunucuları gösteren <code>MX</code> kayıtlarıyla değiştirin ya da bu alan adıyla posta göndermeyi bırakın (RFC 7505, bölüm 4.2).
    Uygulamalarınızın hem <code>MAIL FROM</code> komutunda hem de <code>From</code> başlık alanında posta alan bir alan adı kullandığını denetleyin.
    Hiç posta göndermeyen bir alan adında null MX kaydını koruyun ve bunu belirtmek için “<code>v=spf1 -all</code>” SPF kaydını yayımlayın (RFC 7505, bölüm 4.2).

enhanced-x-7-28-name = Posta seli algılandı
enhanced-x-7-28-description = İleti, birbirine benzeyen kötü amaçlı iletilerden oluşan bir posta selinin parçası gibi görünüyor. Kod, sahte web formu gönderimlerinin yol açtığı onay postası selleri hakkındaki bir İnternet taslağı (Internet-Draft) olan draft-levine-mailbomb-header için kayıt defterine eklenmişti; bu taslak RFC olmadan geçerliliğini yitirdi.
enhanced-x-7-28-fix-sender =
    Alıcıya benzer iletiler göndermeye bir süre ara verin ve daha sonra yeniden deneyin.
    Web siteniz onay ya da bildirim postası gönderiyorsa, sitenin formlarını otomatik gönderimlere karşı koruyun, çünkü saldırganlar bu tür formları bir kurbanın posta kutusunu postaya boğmak için kullanır.
enhanced-x-7-28-fix-admin =
    Postayı gönderen sistemi siz yönetiyorsanız, kötüye kullanılan bir web formu gibi selin kaynağını bulun ve bu kaynağın herhangi bir adrese gönderdiği ileti sayısını sınırlayın.
    Postayı alan taraftaysanız, sel durduğunda engeli kaldırın ve postası bu engele takılan meşru toplu gönderenleri izin listesine ekleyin.

enhanced-x-7-29-name = ARC doğrulama hatası
enhanced-x-7-29-description = İleti, Authenticated Received Chain (ARC) doğrulamasından geçemedi ve doğrulayıcı bunu SMTP posta işlemi sırasında bildirir (RFC 8617, bölüm 5.2.2; deneysel bir RFC). ARC hataları genellikle diğer kimlik doğrulama mekanizmalarının hatalarıyla birlikte görüldüğünden, doğrulayıcı bunun yerine <code>X.7.26</code> gönderebilir.
enhanced-x-7-29-fix-sender =
    Teslim edilemedi raporunu posta sunucusu yöneticinize ya da e-posta sağlayıcınıza gönderin, çünkü ileti, postayı yönlendiren sunucuların eklediği kimlik doğrulama zincirinin denetiminden geçemedi.
    İletiyi bir e-posta listesine ya da bir yönlendirme adresine gönderdiyseniz, durumu listenin ya da adresin yöneticisine bildirin.
enhanced-x-7-29-fix-admin =
    Bir e-posta listesi ya da bir yönlendirme sunucusu yönetiyorsanız, bunun iletileri geçerli ARC başlık alanlarıyla mühürlediğini ve DNS üzerinde yayımladığı anahtarların imzalarıyla eşleştiğini denetleyin.
    Son ARC mühründen sonra hiçbir sistemin iletiyi değiştirmediğini denetleyin, çünkü her değişiklik zinciri bozar.
    Postayı alan taraftaysanız, RFC 8617’nin deneysel bir RFC olduğunu unutmayın ve iletiyi diğer kimlik doğrulama sonuçlarına göre değerlendirmeyi düşünün.

enhanced-x-7-30-name = <code>REQUIRETLS</code> desteği gerekli
enhanced-x-7-30-description = Her atlamada TLS gerektiren bir ileti (<code>REQUIRETLS</code> uzantısı), gitmesi gereken sunucuların hiçbiri <code>REQUIRETLS</code> desteklemediği için yönlendirilemedi (RFC 8689, bölüm 4.2.1). Postayı gönderen sunucu bu kodu, o durumda dönüş adresine (return path) göndermek zorunda olduğu teslim edilemedi raporunda bildirir.
enhanced-x-7-30-fix-sender =
    İçeriği uygunsa iletiyi her atlamada TLS gerektirmeden yeniden gönderin ya da alıcıya başka bir yolla ulaşın.
    Alıcıya, posta sunucularının <code>REQUIRETLS</code> desteklemediğini bildirin.
enhanced-x-7-30-fix-admin =
    Hedef sistemi siz yönetiyorsanız, <code>MX</code> ana bilgisayarlarında <code>STARTTLS</code> ve gönderenlerin örneğin DANE ya da MTA-STS ile doğrulayabileceği bir sertifikayla birlikte <code>REQUIRETLS</code> desteği sunun (Postfix 3.11 ve sonraki sürümlerde <code>requiretls_enable</code>).
    İletiyi sizin sunucunuz geri gönderdiyse, sunucunun günlüğünde denediği sunucuları bulun ve <code>REQUIRETLS</code> politikasının amaçladığınız politika olduğunu denetleyin (Postfix’te <code>smtp_requiretls_policy</code>).
