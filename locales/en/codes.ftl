### English reference text for the SMTP reply codes in smtpkb. For each code:
### a short name; a description of its meaning, its class and each context in
### which it is defined; the situations in which servers send it; what to do
### about it, for each audience it concerns; and, where an RFC restricts or
### deprecates its use, the restriction.
###
### The fix messages are code-NNN-fix-sender (the person who sends the mail),
### code-NNN-fix-admin (the administrator of a mail server) and
### code-NNN-fix-developer (whoever writes or configures the client software).
### Each line of a fix message is one step and is shown as one list item, so
### keep the lines as they are: one complete sentence, or a short “If …, …”
### sentence, per line.
###
### Literals are marked, and a translation keeps every element of the English,
### each around the same bytes. <samp>…</samp> holds text exactly as a server
### or client sends it or a program writes it in its log: a reply or a part of
### one, a command line as the client sends it, a log message, a decoded
### authentication prompt. It has no quotation marks around it; the renderer
### adds the reader’s own. <code>…</code> holds a name that the reader types,
### configures or looks for: a command or an extension keyword (EHLO, RCPT TO,
### SMTPUTF8), a parameter, a configuration name or value (smtpd_tls_auth_only
### = yes), a header field, a DNS record type, a file or program name, or an
### enhanced status code (5.7.1, X.7.1). Where the English has quotation marks
### around a <code> element, keep them. Copy the bytes inside an element
### exactly, typographic apostrophes (’) included, and never translate them.
### A gloss in your language goes beside the literal, outside the element:
### <samp>Relay access denied</samp> (…). A suffix or particle also stays
### outside: <code>EHLO</code>'ya. Elements are never nested and never span a
### line break. Reply codes written alone (550, 4yz), RFC numbers, product
### names and protocol names used as words (SMTP, TLS, DKIM) are not marked.
###
### The names are the reply texts of the RFCs, shortened, or a short name where
### a code has several meanings. The comparison sentences quote a code’s name
### as the situation in which it is sent, so translate a name as a short reply
### that a server could send, not as a description of the code.

## 2yz: positive completion

code-211-name = System status, or system help reply
code-211-description = The server answers a request for system status or for help with information about itself (RFC 5321, section 4.2.3). This is a positive completion reply, and RFC 5321 (section 4.3.2) lists it with 214 as a successful reply to <code>HELP</code>. The text is meant for a person, and clients should not try to interpret it.
code-211-when = Few servers send 211 today: RFC 5321 defines no standard status command, and most servers answer <code>HELP</code> with 214 instead. Where 211 appears, it is the reply to <code>HELP</code> or to a server’s own status command, and its text describes the server’s commands or state.
code-211-fix-developer =
    Treat 211, like 214, as a successful reply to <code>HELP</code> and show its text to the user instead of parsing it.
    Send <code>EHLO</code> and read the keywords in its 250 reply to find out which extensions the server supports.

code-214-name = Help message
code-214-description = The server answers <code>HELP</code> with information on how to use it or on the meaning of a non-standard command (RFC 5321, section 4.2.3). This is a positive completion reply, and RFC 5321 says that it is “useful only to the human user”. The content differs from server to server, so clients should not depend on it.
code-214-when = Servers answer <code>HELP</code> with one or more 214 lines, usually a list of the commands they support. Exim answers with <samp>214-Commands supported:</samp> and a second line that lists them. Postfix 3.9 and later implement <code>HELP</code> and answer <samp>214 2.0.0 Commands:</samp> followed by the commands they implement; earlier versions treat <code>HELP</code> as an unknown command, which Postfix 3.7 and 3.8 answer with <samp>500 5.5.2 Error: command not recognized</samp> and Postfix 3.6 and earlier with <samp>502 5.5.2 Error: command not recognized</samp>.
code-214-fix-developer =
    Treat the reply as information for a person, and do not parse its text.
    Send <code>EHLO</code> and read its 250 reply to learn which extensions the server supports, because the <code>HELP</code> text is not a reliable list.

code-220-name = Service ready
code-220-description = The server is ready to accept commands (RFC 5321, section 4.2.3). This positive completion reply has two uses: it is the greeting that a server sends when a client connects, and in the <code>STARTTLS</code> extension (RFC 3207, section 4) it means <samp>Ready to start TLS</samp>. After the greeting, the client sends <code>EHLO</code>; after <samp>220 Ready to start TLS</samp>, it must start the TLS handshake before it sends any other command, and then send <code>EHLO</code> again, because the session returns to its initial state (RFC 3207, section 4.2).
code-220-when = Every server greets a new connection with 220, usually followed by its host name and often by the name of its software: Postfix’s default greeting is <samp>220 mail.example.com ESMTP Postfix</samp>, built from <code>smtpd_banner</code>, whose default is “<code>$myhostname ESMTP $mail_name</code>”. Postfix answers <code>STARTTLS</code> with <samp>220 2.0.0 Ready to start TLS</samp> when it can begin the TLS negotiation. Postfix postscreen can send the first line of a multi-line greeting (<samp>220-</samp> and its text) and then wait, to detect clients that send commands before the greeting is complete.
code-220-fix-admin =
    If clients receive no greeting, check the firewall, that the server listens on the port they use (25, 587 or 465), and whether that port expects TLS from the first byte, as port 465 does.
    Put the host name under which DNS and clients know the server in the greeting (in Postfix, <code>myhostname</code>, which <code>smtpd_banner</code> uses by default).
    If the TLS handshake fails after <samp>Ready to start TLS</samp>, check that the certificate, its chain and the private key are valid and belong together, and that the server offers TLS versions and ciphers that the client supports.
code-220-fix-developer =
    Read the complete greeting, including every continuation line, before you send <code>EHLO</code>.
    After <samp>220 Ready to start TLS</samp>, start the TLS handshake at once, then send <code>EHLO</code> again and discard everything you learned from the first <code>EHLO</code> reply (RFC 3207, section 4.2).
    Use implicit TLS on port 465 and <code>STARTTLS</code> on ports 25 and 587, because a client that connects to port 465 without TLS waits for a greeting that never comes.

code-221-name = Service closing transmission channel
code-221-description = The server confirms that it is closing the connection (RFC 5321, section 4.2.3). This positive completion reply normally answers <code>QUIT</code>, and the client closes its side of the connection once it has read the reply. The code says nothing about whether the messages of the session were accepted.
code-221-when = Servers send 221 in reply to <code>QUIT</code>, as in Postfix’s <samp>221 2.0.0 Bye</samp> and Exim’s <samp>221 mail.example.com closing connection</samp>. RFC 5321 (section 4.1.1.10) requires a server to reply to <code>QUIT</code> even after errors earlier in the session. The Postfix SMTP server also sends <samp>221 2.7.0 Error: I can break rules, too. Goodbye.</samp> and disconnects when a client sends a line that looks like a message header or a command listed in <code>smtpd_forbidden_commands</code>: by default <code>CONNECT</code>, <code>GET</code> and <code>POST</code>, and since Postfix 3.7 also any unknown command that does not start with a capital letter. Such a disconnect usually means that a web client or a misconfigured program sent non-SMTP data to the mail port.
code-221-fix-admin =
    If a message seems lost after 221, look in the log for the reply to the end of its data: the server accepted the message only if it answered 250 there.
    If Postfix logs <samp>non-SMTP command</samp> before its 221 reply, find the host or program that sends HTTP or other non-SMTP data to the mail port and correct its target.
code-221-fix-developer =
    After the last transaction, send <code>QUIT</code> and wait for the 221 reply before you close the connection (RFC 5321, section 4.1.1.10).

code-235-name = Authentication succeeded
code-235-description = The SMTP AUTH exchange (RFC 4954) is complete, and the server accepted the client’s credentials. This positive completion reply authenticates the client for the rest of the session, and the server must reject any further <code>AUTH</code> command with 503 (RFC 4954, section 4). If the mechanism negotiated a security layer, the layer takes effect immediately after this reply, the session returns to its initial state, and the client should send <code>EHLO</code> again.
code-235-when = Servers send 235 after correct credentials, typically on the submission ports 587 and 465: Postfix answers <samp>235 2.7.0 Authentication successful</samp>, and Exim answers <samp>235 Authentication succeeded</samp>. Mail clients and applications receive it when they log in with a user name and password or with an OAuth token.
code-235-fix-admin =
    If an authenticated user is still refused at <code>MAIL FROM</code>, check the rules that tie sender addresses to logins, such as <code>smtpd_sender_login_maps</code> with <code>reject_sender_login_mismatch</code> in Postfix.
code-235-fix-developer =
    After 235, continue with <code>MAIL FROM</code>, or send <code>EHLO</code> first if the mechanism negotiated a security layer (RFC 4954, section 4).
    Do not send <code>AUTH</code> again in the same session, because the server must reject it with 503.

code-250-name = Requested mail action okay, completed
code-250-description = The server completed the requested command (RFC 5321, section 4.2.3). This positive completion reply lets the client continue with the next command; after the end of the message data, it means that the server has taken responsibility for delivering or relaying the message (RFC 5321, section 4.2.5). In <code>ETRN</code> (RFC 1985, section 5.1), 250 means that the server has started its queue for the requested node (a domain), without saying whether any mail is waiting. In On-Demand Mail Relay (RFC 2645, section 5.2.1), 250 accepts <code>ATRN</code> when mail is waiting, and the client and server then swap roles.
code-250-when = Servers send 250 in reply to <code>EHLO</code> (with the list of supported extensions), <code>HELO</code>, <code>MAIL FROM</code>, <code>RCPT TO</code>, <code>RSET</code>, <code>NOOP</code> and a <code>VRFY</code> that verified the address, and after the end of the message data sent with <code>DATA</code> or <code>BDAT</code>. Postfix confirms an accepted message with <samp>250 2.0.0 Ok: queued as</samp> followed by the queue ID, and answers a successful <code>ETRN</code> with <samp>250 Queuing started</samp>. 250 is not the reply to <code>QUIT</code> (221), <code>HELP</code> (211 or 214), <code>AUTH</code> (235), <code>STARTTLS</code> (220) or the <code>DATA</code> command itself (354).
code-250-fix-sender =
    If the recipient says that the message never arrived, give the administrator of the receiving system the time of sending and the text after the 250 code, which usually contains the queue ID.
    Ask the recipient to check the spam or junk folder and any filtering rules.
code-250-fix-admin =
    To trace an accepted message, search the receiving server’s mail log for the queue ID from the 250 reply, and follow the message to its delivery, deferral or bounce.
    If <code>ETRN</code> returns 250 but no mail arrives, check that the provider’s server can reach yours on port 25, because the reply means only that the queue run has started (RFC 1985, section 5.1).

# RFC 5321 reply text, sent by the server that will forward the message.
code-251-name = User not local; will forward
code-251-description = The recipient is not local to this server, but the server accepts the message and will forward it (RFC 5321, sections 3.4 and 4.2.3). This is a positive completion reply: the client continues the transaction as after 250, and the reply text may give the new address, although the server must not assume that the client will use it. In <code>ETRN</code> (RFC 1985, section 5.1), 251 means <samp>OK, no messages waiting for node</samp>: the server holds no mail for the requested domain.
code-251-when = The reply is rare, because most servers that forward mail through aliases or forwarding rules answer 250 and forward silently, which RFC 5321 (section 3.4) explicitly allows. <code>VRFY</code> can also return 251 for an address that the server would forward (RFC 5321, section 3.5.3). An <code>ETRN</code> server that can tell that no mail is queued for the domain answers 251 instead of the plain 250, as RFC 1985 (section 5.1) recommends.
code-251-fix-sender =
    If the reply text names a new address for the recipient, update your address book.
    If the recipient does not receive the message, ask them to check their forwarding settings.
code-251-fix-admin =
    If you do not want your server to disclose forwarding addresses, configure it to forward silently with 250, as RFC 5321 (section 3.4) allows.
    If <code>ETRN</code> answers 251, no mail is queued for the domain, so there is nothing to fetch until new mail arrives.
code-251-restriction = RFC 5321 (section 3.4) says that servers that support 251 SHOULD let sites disable or restrict it, because the reply can disclose where a user has moved. Under <code>SMTPUTF8</code> (RFC 6531, section 3.7.4.1), a server MUST NOT return a 251 reply that contains a non-ASCII mailbox when the <code>MAIL</code> command did not carry the <code>SMTPUTF8</code> parameter; it must send a 250 reply without such an address instead.

# RFC 5321 reply text, sent in reply to VRFY.
code-252-name = Cannot <code>VRFY</code> user, but will accept message and attempt delivery
code-252-description = The server does not confirm whether the address exists, but it will accept mail for it and try to deliver it (RFC 5321, section 3.5.3). This positive completion reply answers <code>VRFY</code> or <code>EXPN</code> and says nothing about whether the mailbox is valid; under <code>SMTPUTF8</code> (RFC 6531, section 3.7.4.2), 252 with the enhanced code <code>X.6.8</code> means that the answer would need a UTF-8 mailbox name, which the client did not allow. In <code>ETRN</code> (RFC 1985, section 5.1), 252 means <samp>OK, pending messages for node started</samp>: mail is waiting for the requested domain, and the server has started to deliver it.
code-252-when = Many servers answer every <code>VRFY</code> with 252, because confirming addresses helps spammers to collect them: qmail answers <samp>252 send some mail, i’ll try my best</samp>, and Exchange 2000 and 2003 answer <samp>252 2.1.5 Cannot VRFY user, but will take message for</samp> followed by the address. Postfix applies its recipient restrictions to the address and then answers <samp>252 2.0.0</samp> followed by the address as given, unless <code>disable_vrfy_command = yes</code>, in which case it answers <samp>502 5.5.1 VRFY command is disabled</samp>.
code-252-fix-admin =
    If <code>ETRN</code> answers 252, the provider’s server is delivering the waiting mail to yours; repeat <code>ETRN</code> later if you want to know when the queue is empty, which a 251 reply then tells you (RFC 1985, section 5.1).
code-252-fix-developer =
    Do not use <code>VRFY</code> to check whether an address exists, and treat 252 as “unknown”.
    Rely on the replies to <code>RCPT TO</code> and on later bounces instead, and remember that servers that accept every address at <code>RCPT TO</code> can still bounce the message later.

# RFC 1985 reply text “OK, n pending messages for node x started”, with the
# number of messages and the node name left out; a node is a domain.
code-253-name = OK, pending messages for node started
code-253-description = The server has started to deliver the mail that it holds for the requested node (a domain), and the reply text says how many messages are waiting (RFC 1985, section 5.1). This is a positive completion reply to <code>ETRN</code>, the command with which a mail server that is not always connected asks another server to start the queue for its domain. It gives the same information as 252, plus the number of pending messages.
code-253-when = A server that supports <code>ETRN</code> sends 253 when it holds queued mail for the requested domain and can count it; RFC 1985 (section 5.1) asks servers that can do so to send 251, 252 or 253 instead of the plain 250, so that the client learns whether mail is waiting. Few implementations report a count: Postfix answers a successful <code>ETRN</code> with <samp>250 Queuing started</samp>, and Exim answers <samp>250 OK</samp>.
code-253-fix-admin =
    Wait for the provider’s server to connect and deliver the messages, which RFC 1985 does not require to happen within any given time.
    If the messages do not arrive, check that your server accepts connections on port 25 from the provider’s server, and look in its log for the provider’s delivery attempts.
    To see when the queue is empty, repeat <code>ETRN</code> later: a 251 reply means that no more messages are waiting (RFC 1985, section 5.1).

## 3yz: positive intermediate

code-334-name = Authentication challenge
code-334-description = The server is in the middle of an SMTP AUTH exchange (RFC 4954, section 4) and is waiting for the client’s next response. This is an intermediate reply: the text after the code is the base64-encoded challenge and nothing else, and a challenge without data is sent as <samp>334 </samp> with nothing after the space. The client answers with one line of base64-encoded data, or with a single asterisk (<samp>*</samp>) to cancel the exchange, which the server then rejects with 501.
code-334-when = The server sends 334 after an <code>AUTH</code> command that needs more data, once for each step of the mechanism. With the <code>LOGIN</code> mechanism, in <samp>334 VXNlcm5hbWU6</samp> the text after the code is base64 for <samp>Username:</samp>, and in <samp>334 UGFzc3dvcmQ6</samp> for <samp>Password:</samp>. With <code>PLAIN</code> and no initial response, the challenge is empty, and with <code>CRAM-MD5</code> it contains a string that is never reused, which the client combines with the password in an HMAC-MD5 digest. With <code>XOAUTH2</code>, Gmail also uses 334 to return a base64-encoded JSON error, with the fields <code>status</code>, <code>schemes</code> and <code>scope</code>, when it rejects the token in the initial response.
code-334-fix-developer =
    Decode the challenge, compute the response that the mechanism requires, and send it base64-encoded on a single line.
    Encode the user name and password without a trailing line break, because an encoded line break is a common cause of failed <code>LOGIN</code> and <code>PLAIN</code> exchanges.
    If the client cannot decode a challenge, cancel the exchange with a line that contains only an asterisk (<samp>*</samp>), as RFC 4954 (section 4) requires, and expect a 501 reply.
    For <code>XOAUTH2</code>, if a challenge decodes to a JSON error, answer it with an empty line to end the exchange, then renew the OAuth token or correct its scope before you try again.

code-354-name = Start mail input
code-354-description = The server accepted the <code>DATA</code> command and is waiting for the content of the message (RFC 5321, section 4.2.3). This is an intermediate reply: the client now sends the header and body of the message and ends them with a line that contains only a period (RFC 5321, section 4.1.1.4). The final reply about the message comes only after that line, and a client must not send message data unless it has received 354 (RFC 5321, section 3.3).
code-354-when = Servers send 354 after <code>DATA</code> when the transaction has a sender and at least one accepted recipient. The text usually repeats how to end the data; Exim, for example, asks the client to end the message with a period on a line by itself. With <code>PIPELINING</code> (RFC 2920), a client can send <code>MAIL FROM</code>, <code>RCPT TO</code> and <code>DATA</code> in one group and reads 354 after the replies to the earlier commands; with <code>CHUNKING</code> (RFC 3030), the client sends the data with <code>BDAT</code>, and the server sends no 354.
code-354-fix-admin =
    If transfers stop after 354, look for firewalls, proxies or scanning gateways between the two servers that inspect or delay SMTP data.
    Check that the server’s data timeout suits large messages on slow links (in Postfix, <code>smtpd_timeout</code>, by default 300 seconds).
code-354-fix-developer =
    After 354, send the message and end it with a line that contains only a period.
    Add a second period to every line of the message that starts with a period (dot-stuffing, RFC 5321 section 4.5.2), unless the mail library already does it.
    End every line with CR LF, because some servers reject bare line feeds, for example Postfix with <code>smtpd_forbid_bare_newline = reject</code>.
    Wait for the reply to the final period before you send <code>QUIT</code> or the next <code>MAIL FROM</code>, because only that reply says whether the server accepted the message.

# RFC 1845 reply text; in the real reply, the number of octets stands in
# place of “Octet offset”, as in “355 6135 is the transaction offset”.
code-355-name = Octet offset is the transaction offset
code-355-description = In the <code>CHECKPOINT</code> extension (RFC 1845, an Experimental RFC), the server answers a <code>MAIL</code> command that repeats the <code>TRANSID</code> parameter of an interrupted transaction with 355 and the number of octets of message data that it has already stored. This is an intermediate reply: the client then sends <code>DATA</code>, or another data command, and transmits the rest of the message, starting at the octet that the offset designates, counted from zero; the transaction then ends as usual (RFC 1845, section 3). An offset of 0 means that the client must send the whole message again.
code-355-when = Only a server that lists <code>CHECKPOINT</code> in its <code>EHLO</code> reply sends 355, and only when a client reconnects after a broken connection and repeats its <code>MAIL FROM</code> with the same <code>TRANSID</code> value, as in RFC 1845’s example <samp>355 6135 is the transaction offset</samp>. RFC 1845 is an Experimental RFC from 1995, and practically no current server implements <code>CHECKPOINT</code>, so the reply is almost never seen.
code-355-fix-developer =
    Repeat <code>MAIL FROM</code> with the same <code>TRANSID</code> parameter only to a server that listed <code>CHECKPOINT</code> in its <code>EHLO</code> reply.
    After 355, read the offset, which is the first word of the reply, send <code>DATA</code>, and then send the message from that octet on, skipping as many octets as the offset gives.
    Count the offset in the message as it is before dot-stuffing and without the envelope, as RFC 1845 (section 3) defines it.
    If the server does not list <code>CHECKPOINT</code>, send the whole message again in a new transaction.

## 4yz: transient negative completion

code-421-name = Service not available, closing transmission channel
code-421-description = The server cannot provide service now and is closing the connection (RFC 5321, section 3.8). This transient negative reply can come at any point, in reply to any command or instead of the 220 greeting, and the transaction in progress is not completed. The client closes the connection, keeps the message in its queue and tries again later.
code-421-when = Servers send 421 when they shut down or restart, when they have too many connections in total or from one client, when a timeout expires, and when a client makes too many errors. Postfix sends <samp>421 4.7.0 mail.example.com Error: too many errors</samp> when a client exceeds <code>smtpd_hard_error_limit</code>, <samp>421 4.4.2 mail.example.com Error: timeout exceeded</samp> when a client is silent too long, and <samp>421 4.7.0 mail.example.com Error: too many connections from</samp> followed by the client’s address when <code>smtpd_client_connection_count_limit</code> is reached. Exim sends <samp>421 Too many concurrent SMTP connections; please try again later.</samp> when its <code>smtp_accept_max</code> limit is reached. Gmail uses 421 with <code>4.7.0</code> to limit senders, for example with <samp>Our system has detected an unusual rate of unsolicited mail originating from your IP address</samp>.
code-421-fix-sender =
    Wait: your mail server keeps the message and retries, and delivery normally succeeds once the condition ends.
    If a delay notice still shows 421 after several hours, forward it to your mail administrator or provider.
code-421-fix-admin =
    On the sending side, read the text and the enhanced code: <code>4.7.x</code> usually means rate limiting or a reputation problem, so lower the number of parallel connections and the sending rate to that destination (in Postfix, <code>smtp_destination_concurrency_limit</code> and <code>smtp_destination_rate_delay</code>) and check your IP address on public blocklists.
    On the receiving side, search the mail log at the time of the reply for the cause, such as a restart, an overload, a connection limit (<code>smtpd_client_connection_count_limit</code> in Postfix, <code>smtp_accept_max</code> in Exim) or a timeout.
    If a client keeps reaching <samp>too many errors</samp>, find the first error in its session instead of raising <code>smtpd_hard_error_limit</code>.

code-432-name = A password transition is needed
code-432-description = The user must make a transition to the selected authentication mechanism before the server can accept it (RFC 4954, section 6). This transient negative reply answers <code>AUTH</code>, typically because the server does not yet store the account’s credentials in the form that this mechanism needs. RFC 4954 says that the transition is typically made by authenticating once with the <code>PLAIN</code> mechanism, after which the selected mechanism should work in later sessions.
code-432-when = A server sends <samp>432 4.7.12 A password transition is needed</samp> in reply to <code>AUTH</code> with a mechanism such as <code>CRAM-MD5</code> or <code>SCRAM</code> when the account’s password is stored only in a form that the mechanism cannot use, for example after a migration from another password scheme. The reply is rare, because most servers simply do not offer such mechanisms for these accounts, or answer 535.
code-432-fix-sender =
    Set your mail program to authenticate once with the normal password method over an encrypted connection, and then switch back to the method you used before.
    If the reply continues, contact your mail provider.
code-432-fix-admin =
    Check the password storage scheme of the account, because mechanisms such as <code>CRAM-MD5</code> and <code>SCRAM</code> need the password or a mechanism-specific stored key, which an ordinary password hash cannot provide.
    Offer only the mechanisms that the stored credentials support, or let users authenticate once with <code>PLAIN</code> over TLS so that the server can store the new form, as RFC 4954 (section 6) describes.

code-450-name = Mailbox temporarily unavailable
code-450-description = The server did not take the requested action for the mailbox, but the condition is temporary (RFC 5321, section 4.2.3: “mailbox unavailable (e.g., mailbox busy or temporarily blocked for policy reasons)”). This is a transient negative reply: the client keeps the message and tries again later. In On-Demand Mail Relay (RFC 2645, section 5.2.1), 450 answers <code>ATRN</code> and means <samp>ATRN request refused</samp>: the customer may not receive mail for every domain that it named, or it repeated <code>ATRN</code> too soon.
code-450-when = The most common cause is greylisting: the server refuses the first attempt from an unknown sender and accepts a retry after a delay, as Postgrey, a Postfix policy service, does with <samp>450 4.2.0</samp>, the recipient address and <samp>Recipient address rejected: Greylisted</samp>. With <code>reject_unknown_sender_domain</code> or <code>reject_unknown_client_hostname</code> in its restrictions, Postfix answers 450 by default (<code>unknown_address_reject_code</code>, <code>unknown_client_reject_code</code>), with texts such as <samp>Sender address rejected: Domain not found</samp> and <samp>Client host rejected: cannot find your hostname</samp>. Gmail sends <samp>450 4.2.1 The user you are trying to contact is receiving mail too quickly</samp> when a recipient receives mail at too high a rate. RFC 5321 (section 4.3.2) lists 450 for <code>RCPT TO</code> and for the end of the message data, but not for <code>MAIL FROM</code>.
code-450-fix-sender =
    Wait: your mail server retries automatically, and a greylisting or rate-limiting server accepts the message on a later attempt.
    If a delay notice still shows 450 after several hours, forward it to your mail administrator.
code-450-fix-admin =
    On the sending side, make sure that your server retries deferred mail, preferably from the same IP address, because a greylisting server accepts only a retry that it recognizes.
    If the text names a DNS problem, correct it: publish reverse DNS (a <code>PTR</code> record) for your sending IP address that matches a forward record, and make sure that your sender domain resolves.
    On the receiving side, read the reason in your log, and allowlist senders that retry correctly but from changing addresses, such as large providers.
code-450-fix-developer =
    If your application delivers mail itself, queue the message and retry it later instead of treating 450 as a final failure, or hand the message to a local mail server that does this for you.
    Space the retries: RFC 5321 (section 4.5.4.1) recommends at least 30 minutes between attempts and giving up only after four to five days.

code-451-name = Local error in processing
code-451-description = The server aborted the requested action because of an error on its own side (RFC 5321, section 4.2.3). This is a transient negative reply: the server did not accept what was asked, and the client keeps the message and tries again later. RFC 5321 (section 3.8) also tells a client to treat a connection that breaks during a transaction as if it had received 451. In On-Demand Mail Relay (RFC 2645, section 5.2.1), 451 answers <code>ATRN</code> when the server cannot check the customer’s access to the requested domains now, for example because a database is unavailable.
code-451-when = Servers send 451 when a disk, a queue file, a database, a DNS lookup or a content filter such as a virus or spam scanner fails, as in Postfix’s <samp>451 4.3.0 Error: queue file write error</samp> or <samp>451 4.3.5 Server configuration error</samp>. Microsoft 365 defers mail with <samp>451 4.7.500 Server busy. Please try again later</samp> when it throttles a sending IP address. Some greylisting filters use 451 instead of 450.
code-451-fix-sender =
    Wait: your mail server retries automatically, and the message usually arrives once the receiving server has recovered.
    If you receive a final bounce after days of 451 replies, send the message again later and tell the recipient through another channel.
code-451-fix-admin =
    On the receiving side, search the mail log at the time of the reply, because the log names the part that failed, such as a full disk, a stopped filter service, a database that does not answer or a configuration error.
    Repair that part; the deferred messages then arrive on the senders’ next retry.
    On the sending side, if a large provider defers your mail with 451, such as Microsoft 365 with <code>4.7.500</code>, lower your sending rate to that provider, keep retrying, and check the reputation of your IP address.

code-452-name = Insufficient system storage
code-452-description = The server cannot accept the command now because it lacks storage or another resource (RFC 5321, section 4.2.3). This is a transient negative reply, and the client tries again later. It is also the correct reply to <code>RCPT TO</code> when the server’s limit on recipients per transaction is reached: the client then delivers to the recipients already accepted and sends the message to the others in a later transaction (RFC 5321, section 4.5.3.1.10). Under the <code>SIZE</code> extension (RFC 1870, section 6.1), it means that the declared message size is larger than the space that the server has available at the moment.
code-452-when = Postfix sends <samp>452 4.3.1 Insufficient system storage</samp> when the free space in its queue file system is less than 1.5 times <code>message_size_limit</code> or less than <code>queue_minfree</code>, and <samp>452 4.5.3 Error: too many recipients</samp> when a transaction exceeds <code>smtpd_recipient_limit</code> (by default 1000). Exim answers <samp>452 too many recipients</samp> for recipients beyond its <code>recipients_max</code> limit. Gmail answers <samp>452 4.5.3 Your message has too many recipients</samp> and, for a mailbox that is over its quota, <samp>452 4.2.2 The email account that you tried to reach is over quota</samp>.
code-452-fix-sender =
    Wait: your mail server delivers to the remaining recipients, or retries the message, on its own.
    If the recipient’s mailbox is over its quota, tell them through another channel so that they can free space.
code-452-fix-admin =
    On the receiving side, free disk space in the file system of the mail queue or spool, and find what is filling it, such as a growing queue of deferred messages (<code>postqueue -p</code> lists the Postfix queue).
    If senders often reach your recipient limit, check that the limit suits your users (<code>smtpd_recipient_limit</code> in Postfix, <code>recipients_max</code> in Exim).
code-452-fix-developer =
    When <code>RCPT TO</code> receives 452 for too many recipients, finish the transaction for the recipients already accepted, and then send the message to the others in a new transaction (RFC 5321, section 4.5.3.1.10).
    Treat every other 452 reply as temporary: keep the message and retry later.

# RFC 2645 reply text, addressed by the provider’s server to the customer.
code-453-name = You have no mail
code-453-description = In On-Demand Mail Relay (RFC 2645, section 5.2.1), the provider answers <code>ATRN</code> with 453 when none of the customer’s domains has queued mail. This is a transient negative reply, but it reports a normal state and not an error. The customer ends the session with <code>QUIT</code> and asks again later; RFC 2645 also allows the provider to answer 250 instead and end the reversed session at once.
code-453-when = A mail server with an intermittent connection authenticates to its provider’s On-Demand Mail Relay service (port 366) and sends <code>ATRN</code> for its domains, and the provider has no messages waiting for any of them. Only servers that support On-Demand Mail Relay send this code.
code-453-fix-admin =
    Ask again later, for example on the next scheduled <code>ATRN</code> run, because no mail is waiting.
    If you expect mail, check that the provider queues mail for the domains that you name in <code>ATRN</code> and that your account has access to all of them, because a domain without access makes the provider refuse the whole request with 450.

code-454-name = Temporary authentication or TLS failure
code-454-description = The server could not complete a security step for a temporary reason. This transient negative reply has two meanings: in reply to <code>AUTH</code> (RFC 4954, section 6: <samp>454 4.7.0 Temporary authentication failure</samp>), the server could not check the credentials because of a server failure, and in reply to <code>STARTTLS</code> (RFC 3207, section 4: <samp>454 TLS not available due to temporary reason</samp>), it cannot start TLS now. After the <code>AUTH</code> failure, the client should not ask the user for another password (RFC 4954, section 6); after the <code>STARTTLS</code> failure, it decides by its own policy whether to continue without TLS, to wait and try again later, or to give up (RFC 3207, section 4).
code-454-when = Postfix answers <code>STARTTLS</code> with <samp>454 4.7.0 TLS not available due to local problem</samp> when its TLS setup failed, typically because it cannot load its certificate or private key, and answers <code>AUTH</code> with <samp>454 4.7.0 Temporary authentication failure:</samp> and a reason when its authentication service, such as Dovecot, does not respond. Exim answers <code>STARTTLS</code> with <samp>454 TLS currently unavailable</samp> when it finds a local configuration problem before the handshake. Postfix also uses 454 outside these meanings: with the default <code>smtpd_relay_restrictions</code> of Postfix 2.10 and later, which end with <code>defer_unauth_destination</code>, a relay attempt receives <samp>454 4.7.1</samp>, the address and <samp>Relay access denied</samp>.
code-454-fix-sender =
    Try again later, and contact your provider if the failure continues, because the problem is on the server and not in your password.
code-454-fix-admin =
    For TLS, check the mail log and verify that the certificate and key files exist, can be read by the mail server and belong together.
    For <code>AUTH</code>, check that the authentication service and its database are running and answering, such as Dovecot’s authentication socket for Postfix.
    For <samp>454 4.7.1 Relay access denied</samp> in Postfix, make the client authenticate or add its network to <code>mynetworks</code> if it should relay; otherwise replace <code>defer_unauth_destination</code> with <code>reject_unauth_destination</code> to refuse it permanently.
code-454-fix-developer =
    After a 454 reply to <code>AUTH</code>, report a server failure to the user instead of asking for the password again (RFC 4954, section 6).
    After a 454 reply to <code>STARTTLS</code>, do not continue without encryption if your policy requires TLS; keep the message and try again later.

code-455-name = Server unable to accommodate parameters
code-455-description = The server recognized the parameters of <code>MAIL FROM</code> or <code>RCPT TO</code> but cannot accommodate them at the moment (RFC 5321, section 4.1.1.11). This is a transient negative reply, and the client can try again later, or send the command without the parameter if the message does not need it. The permanent form of this problem is 555.
code-455-when = A server can send 455 when it cannot honor a parameter, such as a delivery status notification request or a <code>DELIVERBY</code> deadline (RFC 2852), for this transaction at the moment. The code is rare in practice, because most servers report problems with parameters with 452, 501 or 555.
code-455-fix-admin =
    On the receiving side, check the log to find which parameter the server could not accommodate and why, such as a policy or a resource limit.
code-455-fix-developer =
    Retry the transaction later.
    If the reply repeats, send the command without the parameter concerned, if the message does not need it.

# RFC 1985 reply text “Unable to queue messages for node x”, with the node
# name left out; a node is a domain.
code-458-name = Unable to queue messages for node
code-458-description = The server received an <code>ETRN</code> request to start delivery of the mail that it holds for a node (a domain), but it cannot start that delivery now (RFC 1985, section 5.1). This is a transient negative reply, and the client can repeat the request later. It belongs to <code>ETRN</code> only; On-Demand Mail Relay (<code>ATRN</code>, RFC 2645) does not use it.
code-458-when = Servers send 458 when their queue manager or flush service cannot process the request. Postfix answers <samp>458 Unable to queue messages</samp> when it cannot reach its fast flush service, when that service rejects the request as malformed, and when <code>ETRN</code> arrives in “<code>sendmail -bs</code>” mode. Exim answers <samp>458 Already processing</samp> followed by the argument while a queue run for the same <code>ETRN</code> argument is still going (<code>smtp_etrn_serialize</code>), and <samp>458 Unable to fork process</samp> when it cannot start one.
code-458-fix-admin =
    As the client, repeat the <code>ETRN</code> request later, for example on the next scheduled run.
    As the server’s administrator, check that the flush or queue service is running and look in the log for its error; Postfix logs <samp>unable to talk to fast flush service</samp> when it cannot reach that service.
    In Exim, an <samp>Already processing</samp> reply ends when the running queue run for that argument finishes.

# RFC 1985 reply text “Node x not allowed: reason”, with the node name and
# the reason left out; a node is a domain.
code-459-name = Node not allowed
code-459-description = The server refuses to start delivery for the requested node (a domain), and the reply text usually gives the reason (RFC 1985, section 5.1). In form this is a transient negative reply, but the same request succeeds only after the configuration or the request changes. It belongs to <code>ETRN</code> only; On-Demand Mail Relay (<code>ATRN</code>, RFC 2645) does not use it.
code-459-when = Servers send 459 when the client asks for a domain that is not configured for delivery on request, or when the client may not release mail for that domain; RFC 1985 (section 5.2) says that a 4yz reply usually means that the client is not on the server’s list of allowed clients. Postfix answers with 459, the domain and <samp>service unavailable</samp> when the domain is not in <code>fast_flush_domains</code>, which by default contains the domains in <code>relay_domains</code>.
code-459-fix-admin =
    As the client, check the domain name in the <code>ETRN</code> command for typing errors, and make sure that the server holds mail for that domain on your behalf.
    As the server’s administrator, add the domain to the domains eligible for delivery on request (<code>fast_flush_domains</code> in Postfix, which defaults to <code>$relay_domains</code>), or allow the client in your <code>ETRN</code> rules (<code>smtpd_etrn_restrictions</code> in Postfix, <code>acl_smtp_etrn</code> in Exim).

## 5yz: permanent negative completion

code-500-name = Syntax error, command unrecognized
code-500-description = The server did not recognize the command, or the command line was too long (RFC 5321, sections 4.2.3 and 4.3.2). This is a permanent negative reply for this command: the client must not repeat it unchanged, and the server is expected to stay connected and wait for the next command (RFC 5321, section 3.8). In SMTP AUTH (RFC 4954, sections 4 and 6), <samp>500 5.5.6 Authentication Exchange line is too long</samp> fails the <code>AUTH</code> command when a line that the client sends during the exchange is longer than the server’s authentication buffer. In <code>ETRN</code> (RFC 1985, section 5.1), <samp>500 Syntax Error</samp> rejects an <code>ETRN</code> command with incorrect syntax.
code-500-when = Servers send 500 for misspelled or unknown commands, for data that is not SMTP, such as an HTTP request or a TLS handshake sent to a plain SMTP port, and for command lines longer than the 512 octets that RFC 5321 (section 4.5.3.1.4) allows. Exim answers unknown commands with <samp>500 unrecognized command</samp>, and Postfix 3.7 and later answer <samp>500 5.5.2 Error: command not recognized</samp>, where Postfix 3.6 and earlier sent 502 (<code>postfix/HISTORY</code>, 20210810). Postfix 3.4 and later fail an <code>AUTH</code> exchange with <samp>500 5.5.6 SASL response limit exceeded</samp> when a response is longer than <code>smtpd_sasl_response_limit</code> (12288 octets by default), and Postfix answers an <code>ETRN</code> command that does not have exactly one argument with <samp>500 Syntax: ETRN domain</samp>.
code-500-fix-sender =
    If your mail program reports this error when it connects, check its outgoing server settings: port 587 with <code>STARTTLS</code>, or port 465 with SSL/TLS, as your provider documents.
code-500-fix-admin =
    Look in the server log for the command that the server did not recognize; unknown commands from one client usually mean that it does not speak SMTP at all, such as a web browser or a vulnerability scanner.
    If <code>AUTH</code> fails with <code>500 5.5.6</code> for large tokens, such as the Kerberos (<code>GSSAPI</code>) tickets of users in many groups, raise the server’s limit for authentication responses (<code>smtpd_sasl_response_limit</code> in Postfix 3.4 and later, <code>line_length_limit</code> in earlier versions).
code-500-fix-developer =
    Check the spelling of every command in the client’s session log, and send only the commands that RFC 5321 defines or that the server lists in its <code>EHLO</code> reply.
    Keep every command line, including the line ending, within 512 octets (RFC 5321, section 4.5.3.1.4).
    If an initial response would make the <code>AUTH</code> command longer than that limit, leave it out and send it after the server’s empty <samp>334 </samp> challenge, as RFC 4954 (section 4) requires.
    If the reply is <samp>500 5.5.6</samp>, the response itself is longer than the server’s authentication buffer, and sending it on a separate line does not help: use a shorter token, or ask the server’s administrator to raise the limit.
    Use implicit TLS only on port 465, because a TLS handshake sent to port 25 or 587 before <code>STARTTLS</code> reaches the server as unreadable data.

code-501-name = Syntax error in parameters or arguments
code-501-description = The server recognized the command but cannot accept its parameters or arguments (RFC 5321, section 4.2.3). This is a permanent negative reply for this command: the client must correct the arguments before it sends the command again. <code>STARTTLS</code> (RFC 3207, section 4) uses it for parameters given to <code>STARTTLS</code>, which takes none, and SMTP AUTH (RFC 4954, section 4) uses it when the client cancels the exchange with an asterisk (<samp>*</samp>), sends data that is not valid base64, or sends an initial response with a mechanism that does not allow one. In <code>ETRN</code> (RFC 1985, section 5.1), <samp>501 Syntax Error in Parameters</samp> rejects an invalid node name.
code-501-when = Postfix answers <code>HELO</code> or <code>EHLO</code> without a host name with <samp>501 Syntax: HELO hostname</samp> or <samp>501 Syntax: EHLO hostname</samp>, without an enhanced status code, because RFC 2034 uses none in replies to <code>HELO</code> and <code>EHLO</code>; it answers a malformed address in <code>MAIL FROM</code> with <samp>501 5.1.7 Bad sender address syntax</samp>, and, with <code>reject_invalid_helo_hostname</code>, rejects an invalid <code>EHLO</code> name with <samp>501 5.5.2</samp>, the name and <samp>Helo command rejected: Invalid name</samp>. A cancelled <code>AUTH</code> exchange receives <samp>501 5.7.0 Authentication aborted</samp> from Postfix and <samp>501 Authentication cancelled</samp> from Exim. Mail libraries cause 501 when they pass on addresses that contain spaces, line breaks or other characters from unchecked user input.
code-501-fix-sender =
    Check the addresses you entered for spaces, missing parts or characters that do not belong in an address, and send the message again.
code-501-fix-admin =
    If a receiving server rejects the <code>EHLO</code> of your server, make your server send its fully qualified host name (in Postfix, <code>myhostname</code> or <code>smtp_helo_name</code>).
code-501-fix-developer =
    Find the command that received 501 in the session log and correct its argument: a fully qualified host name in <code>EHLO</code>, addresses in angle brackets in <code>MAIL FROM</code> and <code>RCPT TO</code>, and no parameters after <code>STARTTLS</code>.
    For <code>AUTH</code>, send strict base64 without line breaks, and use an initial response only with mechanisms in which the client speaks first, such as <code>PLAIN</code>.
    Validate addresses before you pass them to the mail library, and reject line breaks in every value that ends up in an SMTP command.

code-502-name = Command not implemented
code-502-description = The server recognizes the command but does not implement it, or has disabled it (RFC 5321, sections 4.2.3 and 4.2.4). This is a permanent negative reply for this command, and the client must not depend on the command with this server. In On-Demand Mail Relay (RFC 2645, section 5.4), the provider may answer every command other than <code>EHLO</code>, <code>AUTH</code>, <code>ATRN</code> and <code>QUIT</code> with 502; <code>ATRN</code> itself never receives 502.
code-502-when = Postfix answers <samp>502 5.5.1 VRFY command is disabled</samp> when <code>disable_vrfy_command = yes</code>, and answers <code>STARTTLS</code> with <samp>502 5.5.1 Error: command not implemented</samp> when TLS is not enabled. Servers can also send 502 for <code>EXPN</code>, <code>TURN</code>, <code>ETRN</code> or <code>HELP</code> when these commands are disabled. Some servers use 502 even for commands that they do not recognize at all, although RFC 5321 (section 4.2.4) asks for 500 there: qmail answers every unknown command with <samp>502 unimplemented (#5.5.1)</samp>, and Postfix 3.6 and earlier answered <samp>502 5.5.2 Error: command not recognized</samp>, which Postfix 3.7 changed to 500 (<code>postfix/HISTORY</code>, 20210810).
code-502-fix-admin =
    If clients need the command, enable it in the configuration, for example with <code>disable_vrfy_command = no</code> in Postfix, or for <code>STARTTLS</code> with <code>smtpd_tls_security_level = may</code> and a certificate and key (<code>smtpd_tls_chain_files</code> in Postfix 3.4 and later).
    Do not list an extension in the <code>EHLO</code> reply if the server answers its command with 502 (RFC 5321, section 4.2.4).
code-502-fix-developer =
    Send <code>EHLO</code> first, and use only the commands and extensions that its reply lists.
    Instead of <code>VRFY</code>, send the message and handle the replies to <code>RCPT TO</code> and any later bounce.
code-502-restriction = RFC 5321 (section 4.2.4) reserves 502 for commands that the server recognizes but does not implement: “If the command is not recognized, code 500 SHOULD be returned.” It also says that “Extended SMTP systems MUST NOT list capabilities in response to EHLO for which they will return 502 (or 500) replies.”

code-503-name = Bad sequence of commands
code-503-description = The command is valid, but it came at the wrong point in the session (RFC 5321, section 4.2.3). This is a permanent negative reply for this command: the client first sends the commands that are missing, in the order that RFC 5321 requires. RFC 5321 lists 503 for <code>MAIL</code>, <code>RCPT</code> and <code>DATA</code> (section 4.3.2) and for every command after a 554 greeting (section 3.1); SMTP AUTH (RFC 4954, section 4) uses it for <code>AUTH</code> after a successful authentication or during a mail transaction, and <code>CHUNKING</code> (RFC 3030, section 2) for <code>BDAT</code> after <code>BDAT LAST</code> and for <code>DATA</code> and <code>BDAT</code> mixed in one transaction.
code-503-when = Postfix sends <samp>503 5.5.1 Error: need MAIL command</samp> for <code>RCPT TO</code> before <code>MAIL FROM</code>, <samp>503 5.5.1 Error: need RCPT command</samp> for <code>DATA</code> without an accepted recipient, <samp>503 5.5.1 Error: send HELO/EHLO first</samp> when <code>smtpd_helo_required = yes</code>, and <samp>503 5.5.1 Error: authentication not enabled</samp> for <code>AUTH</code> when it does not offer authentication. Exim answers <code>AUTH</code> on a connection where it did not advertise <code>AUTH</code> with <samp>503 AUTH command used when not advertised</samp>. A server that refused the client at connection time answers the later commands with 503, as RFC 5321 (section 3.1) recommends after a 554 greeting; Postfix does this with <samp>503 5.7.0 Error: access denied for</samp> followed by the client’s name.
code-503-fix-admin =
    If many clients receive 503 for <code>AUTH</code>, check that the server offers <code>AUTH</code> on that port (<code>smtpd_sasl_auth_enable = yes</code> in Postfix), and remember that with <code>smtpd_tls_auth_only = yes</code> it offers <code>AUTH</code> only after <code>STARTTLS</code>.
    If a client is refused at connection time and then receives 503 for every command, look in the log for the rule that refused it, because the 503 replies are only its consequence.
code-503-fix-developer =
    Send the commands in the order that RFC 5321 requires: <code>EHLO</code>, then <code>STARTTLS</code> and <code>AUTH</code> if needed (with a new <code>EHLO</code> after <code>STARTTLS</code>), then <code>MAIL FROM</code>, one <code>RCPT TO</code> per recipient, and <code>DATA</code> or <code>BDAT</code>.
    Check the reply to each <code>RCPT TO</code>, and do not send <code>DATA</code> when the server rejected every recipient.
    Do not send <code>AUTH</code> again after 235, and do not send <code>AUTH</code> or <code>ETRN</code> during a mail transaction.
    With <code>PIPELINING</code>, correct the first error in the log, because one failed command can cause several 503 replies after it.
    After an error with <code>BDAT</code>, or after mixing <code>DATA</code> and <code>BDAT</code>, send <code>RSET</code> before you start the transaction again (RFC 3030, section 2).

code-504-name = Command parameter not implemented
code-504-description = The server recognized the command and its parameter, but does not implement that parameter (RFC 5321, section 4.2.3). This is a permanent negative reply for this command. In SMTP AUTH (RFC 4954, section 4), the server answers 504 with the enhanced code <code>5.5.4</code> when the requested mechanism is invalid, for example because the server does not support it or because it requires an encryption layer that is not in place.
code-504-when = Servers send 504 for <code>AUTH</code> with a mechanism that they do not offer, such as <code>CRAM-MD5</code> on a server that offers only <code>PLAIN</code> and <code>LOGIN</code>. Postfix also uses 504 by default for host names and addresses that are not fully qualified (<code>non_fqdn_reject_code</code>), as in <samp>504 5.5.2</samp>, the name and <samp>Helo command rejected: need fully-qualified hostname</samp> when <code>reject_non_fqdn_helo_hostname</code> is in use.
code-504-fix-admin =
    If a receiving server rejects the <code>EHLO</code> name of your server as not fully qualified, set it to the server’s full DNS name (in Postfix, <code>myhostname</code> or <code>smtp_helo_name</code>).
    If applications on your network send mail with bare user names, configure them, or your server, to use full addresses that include a domain.
code-504-fix-developer =
    Choose an <code>AUTH</code> mechanism from the <code>AUTH</code> line of the server’s <code>EHLO</code> reply, and do not send <code>AUTH</code> with any other mechanism.
    Send a fully qualified host name in <code>EHLO</code>, and full addresses with a domain in <code>MAIL FROM</code> and <code>RCPT TO</code>.

code-521-name = Host does not accept mail
code-521-description = The host does not accept mail under any circumstances (RFC 7504, section 3). This is a permanent negative reply: the client must not try this host again for the message. A server sends it instead of the 220 greeting and then either answers all later commands except <code>QUIT</code> with 521 or closes the connection (RFC 7504, section 3); RFC 1846, which first defined the code, describes the same two choices (section 4.2).
code-521-when = Hosts that must never receive mail, such as web or application servers, can run a minimal SMTP service that greets every connection with 521 and a text such as <samp>Host does not accept mail</samp>. Postfix postscreen sends 521 when a client fails a test whose action is <code>drop</code>: <samp>521 5.5.1 Protocol error</samp> for a client that talks before the greeting (<code>postscreen_greet_action = drop</code>), and <samp>521 5.7.0 Error: I can break rules, too. Goodbye.</samp> for HTTP or other non-SMTP commands when the optional non-SMTP command test is enabled (<code>postscreen_non_smtp_command_enable = yes</code>; the default is <code>no</code>). The Postfix SMTP server itself answers such commands with 221, not 521, but Postfix 3.4 and later answer <code>BDAT</code> with 521 and disconnect when <code>CHUNKING</code> is not offered, because the data that follows would otherwise be read as commands. Under RFC 1846 (section 3), <code>MX</code> relays could also answer <code>RCPT TO</code> with 521 for a host that does not accept mail; RFC 7504 now reserves 521 for the connection opening and gives relays 556 for that case.
code-521-fix-sender =
    Check the recipient’s address, especially the domain, because the host that answered never accepts mail and a retry cannot succeed.
    If the address is right, tell the recipient through another channel that mail for their domain is rejected.
code-521-fix-admin =
    If you own the recipient domain, make its <code>MX</code> records point only to hosts that accept mail, because a host that greets with 521 must not be listed as an <code>MX</code> for any domain (RFC 1846, section 4.3).
    If the operator of a receiving server reports that its postscreen dropped your server, correct the behavior named in the postscreen log, such as sending commands before the greeting ends.
    If your own postscreen drops a legitimate server, find its entry in the log (for example <code>PREGREET</code>) and allow it with <code>postscreen_access_list</code>, or correct the test that it failed.
    If you run a host that must never receive mail, greet with 521, and then answer every later command except <code>QUIT</code> with 521 or close the connection (RFC 7504, section 3).
code-521-restriction = RFC 7504 (section 3) reserves 521 for the connection opening of a host that never accepts mail: “It SHOULD NOT be used for situations in which the server rejects mail from particular hosts or addresses”, for which 554 is the code. RFC 6409 (section 7, Table 1) says that the 521 reply code MUST NOT be used on the submission port.

code-530-name = Authentication or TLS required
code-530-description = The server refuses the command until the client meets a security requirement. This is a permanent negative reply for this command, but the client can succeed after it takes the missing step. In SMTP AUTH (RFC 4954, section 6), <samp>530 5.7.0 Authentication required</samp> answers any command other than <code>AUTH</code>, <code>EHLO</code>, <code>HELO</code>, <code>NOOP</code>, <code>RSET</code> or <code>QUIT</code> when policy requires authentication, and it is never the reply to the <code>AUTH</code> exchange itself; in <code>STARTTLS</code> (RFC 3207, section 4), <samp>530 Must issue a STARTTLS command first</samp> answers any command other than <code>NOOP</code>, <code>EHLO</code>, <code>STARTTLS</code> or <code>QUIT</code> on a server that requires TLS. On-Demand Mail Relay (RFC 2645, section 5.2.1) uses 530 to reject <code>ATRN</code> sent before authentication.
code-530-when = Submission servers send 530 when a mail client or application sends <code>MAIL FROM</code> without authenticating: Microsoft 365, for example, answers 530 with the enhanced code <code>5.7.57</code> and a text such as <samp>Client not authenticated to send mail</samp>. Postfix sends <samp>530 5.7.0 Must issue a STARTTLS command first</samp> to commands sent before <code>STARTTLS</code> when <code>smtpd_tls_security_level = encrypt</code>. A failed login does not cause 530; wrong credentials receive 535.
code-530-fix-sender =
    In the outgoing server settings of your mail program, turn on authentication and enter the user name and password of your account.
    Use port 587 with <code>STARTTLS</code>, or port 465 with SSL/TLS, as your provider documents.
code-530-fix-admin =
    On a submission service, make sure that the server offers <code>AUTH</code> after <code>STARTTLS</code> and that the account may use SMTP AUTH.
    Do not require authentication or TLS on port 25 of a host listed in your <code>MX</code> records: other servers cannot authenticate to you, and RFC 3207 (section 4) forbids a publicly referenced server to require <code>STARTTLS</code> for local delivery.
    In Postfix, set <code>smtpd_tls_security_level = encrypt</code> only for the submission service in <code>master.cf</code> (for example with <code>-o smtpd_tls_security_level=encrypt</code>), not for the service on port 25.
code-530-fix-developer =
    Send <code>EHLO</code>, then <code>STARTTLS</code> and <code>EHLO</code> again, then <code>AUTH</code>, and only then <code>MAIL FROM</code>; on port 465, start TLS before you read the greeting.
    Make sure that the mail library is configured with credentials and actually sends <code>AUTH</code>; with Python’s <code>smtplib</code>, for example, authentication happens only when the program calls <code>login()</code>.

code-534-name = Authentication mechanism is too weak
code-534-description = The server refuses the selected <code>AUTH</code> mechanism because it is weaker than the server’s policy permits for this user (RFC 4954, section 6). This is a permanent negative reply for this mechanism, and RFC 4954 says that the client SHOULD retry with a new authentication mechanism.
code-534-when = A server sends <samp>534 5.7.9 Authentication mechanism is too weak</samp> when a client uses a mechanism such as <code>PLAIN</code> or <code>LOGIN</code> for an account or a connection that requires a stronger one. Gmail has answered password logins to accounts with two-step verification with <samp>534 5.7.9 Application-specific password required</samp>.
code-534-fix-sender =
    If your provider requires an app password, create one in the security settings of your account and enter it in your mail program instead of your normal password.
    If your mail program offers OAuth 2.0 sign-in for your provider, use it instead of a password.
code-534-fix-admin =
    Check which mechanisms the server offers to this user and over this connection, and make sure that at least one of them meets your policy, so that clients have a mechanism to switch to.
code-534-fix-developer =
    Retry <code>AUTH</code> with a stronger mechanism from the server’s <code>EHLO</code> reply, such as a <code>SCRAM</code> mechanism or OAuth 2.0 (<code>XOAUTH2</code> or <code>OAUTHBEARER</code>), instead of giving up.
    Let users enter an app password, or sign in with OAuth 2.0, where the provider requires it.

code-535-name = Authentication credentials invalid
code-535-description = The server rejected the credentials that the client sent during <code>AUTH</code> (RFC 4954, section 6). This is a permanent negative reply for this attempt, and RFC 4954 says that the client SHOULD ask the user to supply new credentials. Repeating the same credentials is pointless and, on servers that count failed logins, can lock the account.
code-535-when = The most common case is a wrong user name or password, as in Postfix’s <samp>535 5.7.8 Error: authentication failed:</samp> followed by the reason, Exim’s <samp>535 Incorrect authentication data</samp> or Gmail’s <samp>535 5.7.8 Username and Password not accepted</samp>. Microsoft 365 answers <samp>535 5.7.139 Authentication unsuccessful</samp> when SMTP AUTH is disabled for the organization or the mailbox, even if the password is correct. Servers also send 535 when the account is locked or disabled, or when it requires multi-factor authentication.
code-535-fix-sender =
    Check the user name, which is often the full email address, and type the password again.
    For Gmail, use an app password or OAuth 2.0 sign-in; for Microsoft 365, ask your administrator whether SMTP AUTH is enabled for your mailbox.
    Stop every other device or program that keeps trying with an old password, because repeated failures can lock the account.
code-535-fix-admin =
    Look in the mail log for the reason: Postfix logs each SASL failure with the reason that the authentication service gave, and the service itself, such as Dovecot, logs more detail.
    For Microsoft 365, enable SMTP AUTH (Authenticated SMTP) for the mailbox, or move the application to OAuth 2.0.
code-535-fix-developer =
    On 535, ask the user for new credentials instead of retrying the same ones (RFC 4954, section 6).
    Encode the user name and password correctly in base64, without a trailing line break, and use the full address as the user name where the provider requires it.

code-538-name = Encryption required for requested authentication mechanism
code-538-description = The server accepts the selected <code>AUTH</code> mechanism only over an encrypted connection (RFC 4954, section 6). This is a permanent negative reply for this command, but the client can succeed after it starts TLS. The requirement usually protects mechanisms such as <code>PLAIN</code> and <code>LOGIN</code>, which send the password in a form that anyone who can read the connection can decode.
code-538-when = A server that follows RFC 4954’s historical text answers <code>AUTH PLAIN</code> or <code>AUTH LOGIN</code> before <code>STARTTLS</code> with <samp>538 5.7.11 Encryption required for requested authentication mechanism</samp>. Current servers usually avoid the situation by not offering such mechanisms before TLS. Postfix does so when <code>smtpd_tls_auth_only = yes</code> (the default is <code>no</code>, and <code>smtpd_tls_security_level = encrypt</code> implies <code>yes</code>), and then answers <code>AUTH</code> before <code>STARTTLS</code> with <samp>503 5.5.1 Error: authentication not enabled</samp>. The example <code>PLAIN</code> and <code>LOGIN</code> authenticators in Exim’s default configuration are advertised only over TLS (<code>server_advertise_condition</code>), and Exim answers <code>AUTH</code> on a connection where it did not advertise <code>AUTH</code> with <samp>503 AUTH command used when not advertised</samp>.
code-538-fix-sender =
    In your mail program, set the connection security of the outgoing server to <code>STARTTLS</code> on port 587, or to SSL/TLS on port 465.
    Do not ask your provider to allow passwords without encryption, because the requirement protects your password.
code-538-fix-admin =
    Offer password mechanisms only after <code>STARTTLS</code> on the submission ports (<code>smtpd_tls_auth_only = yes</code> in Postfix), so that clients never choose them too early, as RFC 4954 (section 6) recommends.
code-538-fix-developer =
    Send <code>STARTTLS</code>, or connect with implicit TLS on port 465, send <code>EHLO</code> again, and only then choose a mechanism from the new <code>AUTH</code> line.
    Handle 538 like the 504 reply with <code>5.5.4</code> that RFC 4954 now prescribes: start TLS and retry, or stop if TLS is not available.
code-538-restriction = RFC 4954 (section 6) documents 538 “for historical purposes only”: modern servers SHOULD NOT advertise a mechanism that they do not permit without encryption unless an encryption layer of sufficient strength is in use. For a mechanism that requires an encryption layer, RFC 4954 (section 4) prescribes a 504 reply with the enhanced code <code>5.5.4</code> instead. Older servers may still send 538, so a client does well to treat it as a request to start TLS.

code-550-name = Mailbox unavailable
code-550-description = The server did not take the requested action, usually because the mailbox does not exist, the sender has no access, or local policy rejects the command (RFC 5321, section 4.2.3). This is a permanent negative reply: the client must not retry the same command with the same data, and a queued message is returned to its sender. The enhanced status code and the text give the exact reason; under <code>SMTPUTF8</code> (RFC 6531, section 3.5), 550 with <code>X.6.7</code> refuses a non-ASCII sender address, and under null MX (RFC 7505, section 4.1), 550 with <code>5.7.27</code> refuses mail whose <code>MAIL FROM</code> or <code>From:</code> domain publishes a null MX.
code-550-when = The most common case is an unknown recipient, as in Postfix’s <samp>550 5.1.1</samp> reply with the address and <samp>Recipient address rejected: User unknown in local recipient table</samp>, or Gmail’s <samp>550 5.1.1 The email account that you tried to reach does not exist</samp>. Servers also send 550 for policy reasons: Gmail uses <code>5.7.26</code> for mail that fails its sender-authentication checks, with texts such as <samp>This mail has been blocked because the sender is unauthenticated</samp>, and Microsoft 365 uses codes from <code>5.7.606</code> to <code>5.7.649</code> for blocked IP addresses, as in <samp>550 5.7.606 Access denied, banned sending IP</samp>. Postfix 3.0 and later, with <code>reject_unknown_sender_domain</code>, reject a sender domain with a null MX with <samp>550 5.7.27</samp>, the address and <samp>Sender address rejected: Domain example.com does not accept mail (nullMX)</samp>.
code-550-fix-sender =
    For an unknown recipient, check the address for typing errors and confirm it with the recipient through another channel, and do not send again without a change.
    For a policy rejection, forward the bounce to your mail administrator or provider, because the fix is on the sending server.
    If your own address contains non-ASCII characters and the reply carries <code>5.6.7</code>, send from an ASCII address or through a provider that supports <code>SMTPUTF8</code>.
code-550-fix-admin =
    For <code>5.7.26</code> and similar authentication failures, publish correct SPF, DKIM and DMARC records for the sender domain, and make sure that every service that sends with that domain signs its mail or is listed in SPF.
    For a blocked IP address, find out why it is listed, correct the cause, and request removal from the operator of the list or through the provider’s delisting procedure.
    For <code>5.7.27</code>, stop sending with a domain that publishes a null MX, or replace the null MX with real <code>MX</code> records (RFC 7505, section 4.2).
    On the receiving side, if a valid user receives <code>550 5.1.1</code>, check that the address is in your recipient tables (in Postfix, <code>local_recipient_maps</code> or <code>virtual_mailbox_maps</code>).

# RFC 5321 reply text. forward-path: the new address that the server gives
# in the reply.
code-551-name = User not local; please try the forward-path
code-551-description = The recipient is not local to this server, and the server will not forward the message, but the reply gives an address where the recipient can be reached (RFC 5321, sections 3.4 and 4.2.3). This is a permanent negative reply for this recipient: the client must not retry the same address at this server. The server must not assume that the client will update the address or even tell the user (RFC 5321, section 3.4), so the sender decides whether to send the message to the new address.
code-551-when = The reply is rare, because it reveals where a user has moved, and RFC 5321 (section 3.4) lets a server answer 550 without the new address instead. Sendmail’s <code>redirect</code> feature sends <samp>551 5.1.1 User has moved; please try</samp> followed by the new address when an alias maps the old address to the new one with “<code>.REDIRECT</code>” appended. <code>VRFY</code> can also return 551 for such an address (RFC 5321, section 3.5.3). Postfix 3.4 and later use 551 with an unrelated meaning for <code>BDAT</code> commands after an earlier <code>BDAT</code> error, as in <samp>551 5.0.0 Discarded</samp>, the number of bytes and <samp>bytes after earlier error</samp>.
code-551-fix-sender =
    Read the new address in the reply text and, if possible, confirm it with the recipient through another channel.
    Send the message to the new address, and update your address book or mailing list.
code-551-fix-admin =
    If you do not want to reveal where your users have moved, answer 550 with a clear text instead, or forward their mail silently, as RFC 5321 (section 3.4) allows.
code-551-restriction = RFC 5321 (section 3.4) says that servers that support 551 SHOULD let sites disable or restrict it, because the reply can disclose where a user has moved. Under <code>SMTPUTF8</code> (RFC 6531, section 3.7.4.1), a server MUST NOT return a 551 reply that contains a non-ASCII mailbox when the <code>MAIL</code> command did not carry the <code>SMTPUTF8</code> parameter; it must send a 550 reply without such an address instead.

code-552-name = Exceeded storage allocation
code-552-description = The server aborted the action because the message or the mailbox exceeds a storage limit (RFC 5321, section 4.2.3). This is a permanent negative reply, but not always a final one: RFC 5321 (section 4.5.3.1.10) tells clients to treat a 552 for too many recipients as temporary, and RFC 3463 calls a full mailbox (<code>X.2.2</code>) “a persistent transient failure”, which ends when the recipient frees space. Under the <code>SIZE</code> extension (RFC 1870), 552 means that the message is larger than the server’s fixed maximum size, either as declared in <code>MAIL FROM</code> or as measured during the transfer.
code-552-when = Postfix answers <samp>552 5.3.4 Message size exceeds fixed limit</samp> when <code>MAIL FROM</code> declares a size larger than <code>message_size_limit</code> (by default 10240000 bytes), and <samp>552 5.3.4 Error: message file too big</samp> when the message turns out to be larger during the transfer. Exim answers an oversized declaration with <samp>552 Message size exceeds maximum permitted</samp>, and answers <samp>552 too many recipients</samp> for recipients beyond <code>recipients_max</code> when <code>recipients_max_reject</code> is set. Gmail rejects oversized messages with <samp>552 5.3.4 Your message exceeded Google’s message size limits</samp>.
code-552-fix-sender =
    Make the message smaller, for example by compressing attachments or by sharing large files through a link, and remember that attachments grow by about a third when they are encoded for email.
    If the recipient’s mailbox is full, tell them through another channel; after they free space, a new attempt can succeed.
code-552-fix-admin =
    If legitimate messages exceed your size limit, raise it (<code>message_size_limit</code> in Postfix and in Exim), and keep it consistent with your mailbox quotas and with the size that the server announces in its <code>EHLO</code> reply.
    If your server rejects too many recipients with 552, change it to 452, which RFC 5321 (section 4.5.3.1.10) names as the correct reply (in Exim, leave <code>recipients_max_reject</code> unset).
code-552-restriction = RFC 821 listed 552 for “too many recipients”, but RFC 5321 (section 4.5.3.1.10) says that the correct reply in that case is 452. Clients SHOULD treat a 552 reply that reports too many recipients as a temporary failure and send the message to the remaining recipients in a later transaction.

code-553-name = Mailbox name not allowed
code-553-description = The server refused the command because the mailbox name is not allowed, usually because the address syntax is wrong or because policy forbids the address (RFC 5321, section 4.2.3). This is a permanent negative reply for this address. Under <code>SMTPUTF8</code> (RFC 6531, section 3.5), an <code>SMTPUTF8</code>-aware server answers 553 with <code>X.6.7</code> when it refuses a non-ASCII recipient address, typically because the transaction did not request <code>SMTPUTF8</code>; RFC 6531 (section 4.2) also registers <code>X.6.8</code> for 553, for a reply that would need a UTF-8 mailbox name that the client has not allowed.
code-553-when = Servers send 553 for malformed addresses, such as an address without a domain or with characters that SMTP does not allow. Postfix answers <samp>553 5.7.1</samp>, the address and <samp>Sender address rejected: not owned by user</samp> when <code>reject_sender_login_mismatch</code> finds that an authenticated user sends with a <code>MAIL FROM</code> address that belongs to another account, and qmail refuses relaying with <samp>553 sorry, that domain isn’t in my list of allowed rcpthosts (#5.7.1)</samp>. Postfix 3.0 and later, with <code>strict_smtputf8 = yes</code>, answer a non-ASCII address in a transaction without <code>SMTPUTF8</code> with <samp>553 5.6.7 Must declare SMTPUTF8 to send unicode address</samp>.
code-553-fix-sender =
    Check the address for typing errors, such as spaces, a missing domain or a doubled “<code>@</code>”.
    If the server says that the sender address is not yours, send from the address that belongs to your account, or ask your administrator for permission to send as the other address.
    For <code>5.6.7</code>, use the recipient’s ASCII address if they have one, or send through a provider that supports <code>SMTPUTF8</code>.
code-553-fix-admin =
    To let a user send as another address in Postfix, map that address to the user’s login in <code>smtpd_sender_login_maps</code>.
    For qmail’s <code>rcpthosts</code> message, add the domain to <code>control/rcpthosts</code> if your server should accept mail for it, or make the client authenticate before it relays.
code-553-fix-developer =
    Validate addresses before you send them, and send them in angle brackets, without display names or comments, in <code>MAIL FROM</code> and <code>RCPT TO</code>.
    When an address in the transaction contains non-ASCII characters, add the <code>SMTPUTF8</code> parameter to <code>MAIL FROM</code>, but only if the server lists <code>SMTPUTF8</code> in its <code>EHLO</code> reply (RFC 6531, section 3.4).

code-554-name = Transaction failed
code-554-description = The server refused the transaction, or the whole session, and the basic code gives no more specific reason (RFC 5321, section 4.2.3). This is a permanent negative reply: the client must not send the same message again unchanged. Sent instead of the 220 greeting, it means <samp>No SMTP service here</samp> (RFC 5321, section 3.1): the client should send <code>QUIT</code>, and the server waits for it and answers other commands with 503; RFC 7504 now recommends 521 for a host that never accepts mail. After <code>STARTTLS</code>, a server that finds the TLS session too weak answers every command except <code>QUIT</code> with 554 (RFC 3207, section 4.1).
code-554-when = The most common use is the reply to <code>DATA</code> or to the end of the message data: Postfix answers <code>DATA</code> with <samp>554 5.5.1 Error: no valid recipients</samp> when it rejected every recipient, and content filters reject a message with 554 after its data, for example as spam. Postfix’s default reject code is also 554, in reply to <code>RCPT TO</code>, both for relay attempts refused by <code>reject_unauth_destination</code> (<samp>554 5.7.1</samp>, the address and <samp>Relay access denied</samp>) and for clients on a DNS blocklist (<samp>554 5.7.1 Service unavailable; Client host</samp>, the address, <samp>blocked using</samp> and the name of the list). Exim greets hosts matched by <code>host_reject_connection</code> with <samp>554 SMTP service not available</samp>, and Postfix answers a second <code>STARTTLS</code> with <samp>554 5.5.1 Error: TLS already active</samp>.
code-554-fix-sender =
    Read the text and the enhanced code in the bounce, because 554 covers very different causes.
    For <samp>Relay access denied</samp>, make sure that your mail program authenticates to your own provider’s outgoing server (port 587 with SMTP AUTH).
    For a content rejection, remove what the filter objects to, such as a link or an attachment type, or ask the recipient to have your address allowed.
code-554-fix-admin =
    For a DNS blocklist rejection, look up your IP address on the list named in the text, correct the cause, such as an infected host or an open relay, and request removal.
    If your own users receive <samp>Relay access denied</samp>, make them authenticate (<code>permit_sasl_authenticated</code> in <code>smtpd_relay_restrictions</code>) or add their networks to <code>mynetworks</code>.
    If your server greets with 554, keep the connection open until <code>QUIT</code> and answer other commands with 503 (RFC 5321, section 3.1); for a host that never accepts mail, greet with 521 instead (RFC 7504, section 3).
    If your server answers 554 after <code>STARTTLS</code> because the TLS session is too weak, check the client’s TLS version and ciphers in the log before you change the policy.

code-555-name = <code>MAIL FROM/RCPT TO</code> parameters not recognized or not implemented
code-555-description = The server does not recognize, or cannot implement, one or more parameters of <code>MAIL FROM</code> or <code>RCPT TO</code> (RFC 5321, section 4.1.1.11). This is a permanent negative reply for this command: the client must not send the same parameters to this server again. Clients should use only the parameters of extensions that the server lists in its <code>EHLO</code> reply; the temporary form of this problem is 455.
code-555-when = Servers send 555 when a client adds a parameter such as <code>SIZE</code>, <code>BODY</code>, <code>SMTPUTF8</code> or the delivery status notification parameter <code>NOTIFY</code> without checking the <code>EHLO</code> reply, for example after it fell back to <code>HELO</code>, which gives no list of extensions. Postfix answers <samp>555 5.5.4 Unsupported option:</samp> followed by the parameter.
code-555-fix-developer =
    Read the <code>EHLO</code> reply, and add a <code>MAIL FROM</code> or <code>RCPT TO</code> parameter only when the server lists the matching extension.
    If the client fell back to <code>HELO</code>, send no parameters at all, or correct what made <code>EHLO</code> fail.
    If the server does not support a feature such as delivery status notifications, send the message without it instead of retrying with the same parameters.

code-556-name = Domain does not accept mail
code-556-description = The domain of the address does not accept mail at all (RFC 7504, section 4). This is a permanent negative reply: no retry can succeed, and the message is returned to its sender. The usual reason is a null MX record (RFC 7505, section 3), a single <code>MX</code> record with an empty target (“<code>.</code>”) that a domain publishes to declare that it receives no mail; for a recipient domain with a null MX, RFC 7505 (section 4.1) recommends 556 with the enhanced code <code>5.1.10</code>.
code-556-when = A submission server or relay sends 556 in reply to <code>RCPT TO</code> when it finds that the recipient’s domain publishes a null MX, so that it never tries to connect to that domain. Postfix 3.0 and later do this with <code>reject_unknown_recipient_domain</code>, as in <samp>556 5.1.10</samp>, the address and <samp>Recipient address rejected: Domain example.com does not accept mail (nullMX)</samp>. For a sender domain with a null MX, RFC 7505 (section 4.1) recommends 550 with the enhanced code <code>5.7.27</code> instead.
code-556-fix-sender =
    Check the recipient’s address, especially the domain: the domain has declared that it receives no email, so the address is wrong or the recipient uses another domain for mail.
code-556-fix-admin =
    If you own the domain and want to receive mail, remove the null MX record and publish <code>MX</code> records that point to working mail servers, because a domain with a null MX must have no other <code>MX</code> record (RFC 7505, section 3).
    Check with a DNS lookup, such as “<code>dig MX example.com</code>”, that the new records are visible.
