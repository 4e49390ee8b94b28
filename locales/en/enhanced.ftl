### English reference text for the SMTP enhanced status codes (RFC 3463) in
### smtpkb: every detail code of the IANA registry (RFC 5248), whose facts
### are in data/enhanced.toml; the names of the classes and subjects are in
### ui.ftl. Each code has a short name, a description of what it means and
### when it is used, and what to do about it, for each audience it concerns.
###
### Ids: enhanced-x-S-D for a detail code (X.1.1 is enhanced-x-1-1),
### followed by -name or -description. A detail code also has
### enhanced-x-S-D-fix-sender (the person who sends the mail) and
### enhanced-x-S-D-fix-admin (the administrator of the mail server that sent
### the code, or of the sending domain where that is the one who must act).
### Each line of a fix message is one step and is shown as one list item, so
### keep the lines as they are: one complete sentence per line.
###
### The names are the registry’s sample texts in sentence case (X.6.10 has none
### and is named for what it is). A sample text is an example of the text a
### server might send with the code (RFC 5248, section 2.1), so translate a
### name as a short reply that a server could send, not as a description of the
### code.
###
### The registry writes any class as X, any subject as XXX and any detail as
### YYY (RFC 5248, section 1): X.1.1 is sent as 4.1.1 or 5.1.1, and X.1.5 as
### 2.1.5. Enhanced and reply codes (5.7.1, 550), commands and parameters
### (RCPT TO, AUTH, VRFY), and the names of protocols, extensions, header
### fields and records (SMTPUTF8, REQUIRETLS, MT-PRIORITY, DKIM, SPF, ARC, TLS,
### null MX, From) are kept as they are, and so are configuration names
### (message_size_limit, smtpd_tls_auth_only).
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

## X.0: other or undefined status (RFC 3463, section 3.1)

enhanced-x-0-0-name = Other undefined status
enhanced-x-0-0-description = The catch-all code, for any status of which only the class is known (RFC 3463, section 3.1). The registry associates it with any basic reply code; with 250, as <code>250 2.0.0</code>, it reports success when there is nothing more to say.
enhanced-x-0-0-fix-sender =
    Read the text that follows the code in the bounce, because <code>X.0.0</code> itself gives no reason.
    If the code is <code>2.0.0</code>, the action succeeded, and nothing needs doing.
    If the text does not explain a failure, forward the bounce to your mail administrator or provider.
enhanced-x-0-0-fix-admin =
    Look up the message in your mail log at the time of the reply, because the log usually names the cause that the code leaves out.
    Where your server or one of its filters sends <code>4.0.0</code> or <code>5.0.0</code> for a known condition, configure it to send a more specific detail code, so that senders can tell what went wrong.

## X.1: addressing status (RFC 3463, section 3.2)

enhanced-x-1-0-name = Other address status
enhanced-x-1-0-description = Something about an address in the message caused the status, and no more specific detail code applies (RFC 3463, section 3.2).
enhanced-x-1-0-fix-sender =
    Check the sender and recipient addresses for typing errors, and read the text after the code for the address that caused the problem.
    If the addresses are right, forward the bounce to your mail administrator or provider.
enhanced-x-1-0-fix-admin =
    Find the rejected address in your mail log, and check it against your recipient tables, aliases and address rewriting rules.
    If a rule of your own rejects the address, give it a more specific detail code, such as <code>X.1.1</code> for an unknown mailbox.

enhanced-x-1-1-name = Bad destination mailbox address
enhanced-x-1-1-description = The mailbox of the recipient address does not exist: for Internet mail, the part of the address to the left of the “<code>@</code>” is invalid (RFC 3463, section 3.2). It is only useful for permanent failures, as <code>5.1.1</code>.
enhanced-x-1-1-fix-sender =
    Check the part of the address before the “<code>@</code>” for typing errors, and confirm the address with the recipient through another channel.
    Do not send to the same address again without a change, because the server will reject it again.
    If the address is on a mailing list that you run, remove it from the list.
enhanced-x-1-1-fix-admin =
    If the recipient is a valid user, add the address to your recipient tables or aliases (in Postfix, <code>local_recipient_maps</code>, <code>virtual_mailbox_maps</code> or <code>virtual_alias_maps</code>).
    If the user has left and mail should no longer reach them, reject the address with <code>X.1.6</code> or forward it to someone who handles the user’s mail.
    If your server answers <code>4.1.1</code>, find out in the log why it could not confirm the address at that moment, for example because a recipient verification or a directory lookup had not completed.

enhanced-x-1-2-name = Bad destination system address
enhanced-x-1-2-description = The destination system of the recipient address does not exist or cannot accept mail: for Internet mail, the part of the address to the right of the “<code>@</code>” is invalid for mail (RFC 3463, section 3.2). It is only useful for permanent failures.
enhanced-x-1-2-fix-sender =
    Check the part of the address after the “<code>@</code>” for typing errors, such as a misspelled domain or a wrong ending.
    Confirm the recipient’s domain with them through another channel, because the domain as written cannot receive mail.
enhanced-x-1-2-fix-admin =
    If you own the recipient domain, check that it has <code>MX</code> records, or an address record, that point to a server that accepts mail for it.
    If your server should accept mail for the domain, add it to the domains that it serves (in Postfix, <code>mydestination</code>, <code>virtual_mailbox_domains</code>, <code>virtual_alias_domains</code> or <code>relay_domains</code>).
    Postfix sends this code with <code>reject_unknown_recipient_domain</code> when the domain does not resolve in DNS, so check your resolver if the code hits domains that do exist.

enhanced-x-1-3-name = Bad destination mailbox address syntax
enhanced-x-1-3-description = The recipient address is syntactically invalid, in any of its parts (RFC 3463, section 3.2). It is only useful for permanent failures.
enhanced-x-1-3-fix-sender =
    Check the recipient address for spaces, commas, a doubled or missing “<code>@</code>”, a missing domain or other characters that do not belong in an address.
    If you copied the address from a document or a web page, type it again, because invisible characters can come along with it.
enhanced-x-1-3-fix-admin =
    Find the rejected address in your mail log to see exactly what the client sent.
    If a program on your network sends malformed addresses, correct it so that it sends only the bare address in angle brackets, without display names or comments, in <code>RCPT TO</code>.

enhanced-x-1-4-name = Destination mailbox address ambiguous
enhanced-x-1-4-description = The recipient address matches more than one recipient on the destination system, which can happen when the system maps addresses to local mailboxes by heuristics (RFC 3463, section 3.2).
enhanced-x-1-4-fix-sender =
    Use the recipient’s complete address exactly as they gave it to you, not a shortened name or an alias.
    Ask the recipient through another channel for their exact address.
enhanced-x-1-4-fix-admin =
    Find the mailboxes that the address matches, and make the mapping unique, for example by removing a fuzzy name match or by giving the users distinct aliases.

enhanced-x-1-5-name = Destination address valid
enhanced-x-1-5-description = The recipient address is valid (RFC 3463, section 3.2). It belongs in positive reports, such as <code>250 2.1.5</code> in reply to <code>RCPT TO</code>.
enhanced-x-1-5-fix-sender =
    Nothing needs doing: the server accepted the recipient address.
enhanced-x-1-5-fix-admin =
    Nothing needs doing: the code confirms that the recipient address is valid.
    If a message accepted this way still does not arrive, trace it in the log with the queue ID from the reply to the end of its data.

enhanced-x-1-6-name = Destination mailbox has moved, no forwarding address
enhanced-x-1-6-description = The recipient address was valid once, but mail is no longer accepted for it, and no forwarding address is given (RFC 3463, section 3.2). It is only useful for permanent failures.
enhanced-x-1-6-fix-sender =
    Stop sending to this address, because the recipient no longer receives mail there.
    Find the recipient’s new address through another channel, and update your address book or mailing list.
enhanced-x-1-6-fix-admin =
    If you know the new address and may disclose it, give it in the reply text, or forward the mail to it instead (in Postfix, <code>relocated_maps</code> rejects mail for an address with <code>5.1.6</code> and the new address).
    If the address will be given to a new person later, keep rejecting it for long enough that senders can update their lists first.

enhanced-x-1-7-name = Bad sender’s mailbox address syntax
enhanced-x-1-7-description = The sender’s address is syntactically invalid, in any of its parts (RFC 3463, section 3.2).
enhanced-x-1-7-fix-sender =
    Check the email address that your mail program uses as yours for spaces, a missing domain or other typing errors.
    If a program or a device sends the mail, correct the sender address in its settings.
enhanced-x-1-7-fix-admin =
    If you run the sending domain, make sure that your servers and applications put complete, well-formed sender addresses with a domain in <code>MAIL FROM</code>.
    On the receiving side, find the sender address in your log to see exactly what the client sent.

enhanced-x-1-8-name = Bad sender’s system address
enhanced-x-1-8-description = The system in the sender’s address does not exist or cannot accept return mail: for domain names, the part of the address to the right of the “<code>@</code>” is invalid for mail (RFC 3463, section 3.2). A server can use it to refuse a sender address to which no delivery report could be returned.
enhanced-x-1-8-fix-sender =
    Check that the domain of your sender address is spelled correctly in the settings of your mail program.
    If the domain is right, tell your mail administrator or provider, because other servers cannot find the domain in DNS.
enhanced-x-1-8-fix-admin =
    If you run the sending domain, make sure that it resolves in public DNS and has <code>MX</code> records, or an address record, so that bounces can reach it.
    Do not send with a domain that is not registered or that exists only inside your own network; rewrite such sender addresses to a public domain (in Postfix, with <code>masquerade_domains</code> or <code>smtp_generic_maps</code>).
    On the receiving side, Postfix sends this code with <code>reject_unknown_sender_domain</code>, by default as a temporary 450 (<code>unknown_address_reject_code</code>), so check your resolver if the code hits domains that do exist.

enhanced-x-1-9-name = Message relayed to non-compliant mailer
enhanced-x-1-9-description = The recipient address was valid, but the message was relayed to a system that does not support message tracking, so no further information can be given (RFC 3886, section 3.3.4). It appears as <code>2.1.9</code> in the <code>Status</code> field of a message tracking report, and only with the “<code>relayed</code>” action.
enhanced-x-1-9-fix-sender =
    Nothing needs doing: the message was relayed, and the system that it went to cannot report on its delivery.
enhanced-x-1-9-fix-admin =
    Nothing needs doing: tracking ends at the relay that the report names, so ask the administrator of the next system if you need to know more.

enhanced-x-1-10-name = Recipient address has null MX
enhanced-x-1-10-description = The domain of the recipient address publishes a null MX record, which declares that the domain accepts no mail (RFC 7505, section 4.1). A submission or relay server that rejects a recipient for this reason should reply <code>556 5.1.10</code>, with the reply code that RFC 7504 (section 4) defines for a domain that does not accept mail.
enhanced-x-1-10-fix-sender =
    Check the recipient’s address, especially the domain: it declares that it accepts no email, so the address is wrong or the recipient receives mail at another domain.
    Ask the recipient through another channel for an address that receives mail.
enhanced-x-1-10-fix-admin =
    If your own server sent the code, nothing needs fixing: it refused the recipient as RFC 7505 (section 4.1) recommends.
    If you own the recipient domain and want to receive mail, remove the null MX record and publish <code>MX</code> records that point to working mail servers, because a domain with a null MX must have no other <code>MX</code> record (RFC 7505, section 3).
    Check with a DNS lookup that the new records are visible, and remember that resolvers keep the old record until its time to live expires.

## X.2: mailbox status (RFC 3463, section 3.3)

enhanced-x-2-0-name = Other or undefined mailbox status
enhanced-x-2-0-description = The mailbox exists, but something about it caused the status, and no more specific detail code applies (RFC 3463, section 3.3).
enhanced-x-2-0-fix-sender =
    Read the text after the code for the reason, and try again later if it describes a temporary problem.
    If the failure continues, tell the recipient through another channel that their mailbox rejects mail.
enhanced-x-2-0-fix-admin =
    Check the state of the recipient’s mailbox in your log and on the mail store, such as its quota, its permissions and whether the account is active.
    Send a more specific code where you can, such as <code>X.2.1</code> for a disabled mailbox or <code>X.2.2</code> for a full one.

enhanced-x-2-1-name = Mailbox disabled, not accepting messages
enhanced-x-2-1-description = The mailbox exists but does not accept messages (RFC 3463, section 3.3). It is a permanent error if the mailbox will never be enabled again, and a transient one if it is disabled only for a time.
enhanced-x-2-1-fix-sender =
    Tell the recipient through another channel that their mailbox does not accept mail, or use another address for them.
    If the code is <code>4.2.1</code>, wait, because your server retries and the mailbox may accept mail again later.
enhanced-x-2-1-fix-admin =
    If the account should receive mail, enable it again, or remove the setting that blocks delivery to it.
    If the account is closed for good, reject mail for it with a permanent code, such as <code>5.2.1</code> or <code>5.1.6</code>, so that senders stop retrying.

enhanced-x-2-2-name = Mailbox full
enhanced-x-2-2-description = The mailbox is full because the recipient has exceeded a quota for the mailbox or its physical capacity, and the recipient can delete messages to make room (RFC 3463, section 3.3). RFC 3463 says to use it as a persistent transient failure, as <code>4.2.2</code>, although the registry pairs it with 552.
enhanced-x-2-2-fix-sender =
    Tell the recipient through another channel that their mailbox is full, so that they can delete messages or ask for more space.
    Send the message again after they have made room; if the code was <code>4.2.2</code>, your server retries on its own for a while.
enhanced-x-2-2-fix-admin =
    Raise the recipient’s quota, or ask them to delete or archive old messages (in Postfix, <code>mailbox_size_limit</code> and <code>virtual_mailbox_limit</code> set the largest size of local and virtual mailbox files).
    Where your software lets you choose, answer a full mailbox with a temporary code (<code>4.2.2</code>), as RFC 3463 recommends, so that the message can still arrive once the recipient has made room.

enhanced-x-2-3-name = Message length exceeds administrative limit
enhanced-x-2-3-description = The message is larger than a size limit set for the mailbox, which is lower than the general limit of the system (RFC 3463, section 3.3). It should be used as a permanent failure.
enhanced-x-2-3-fix-sender =
    Make the message smaller, for example by compressing attachments or by sharing large files through a link.
    Remember that attachments grow by about a third when they are encoded for email.
enhanced-x-2-3-fix-admin =
    Check the size limit of this mailbox, and raise it if legitimate messages exceed it.
    Keep such per-mailbox limits below the limit of the whole system (<code>message_size_limit</code> in Postfix), which the server announces with <code>SIZE</code> in its <code>EHLO</code> reply.

enhanced-x-2-4-name = Mailing list expansion problem
enhanced-x-2-4-description = The recipient is a mailing list, and the list could not be expanded (RFC 3463, section 3.3). It can be a permanent failure or a persistent transient failure.
enhanced-x-2-4-fix-sender =
    If the code is <code>4.2.4</code>, wait, because your server retries the message.
    If the failure continues, tell the owner of the mailing list, and send urgent messages to the members directly.
enhanced-x-2-4-fix-admin =
    Look in the mail log for the error that the expansion produced, such as a member list that cannot be read, a list program that fails or a member address that loops back to the list.
    Correct the list definition or the alias that runs the list program, and test it with a message to the list.

## X.3: mail system status (RFC 3463, section 3.4)

enhanced-x-3-0-name = Other or undefined mail system status
enhanced-x-3-0-description = The destination system exists and normally accepts mail, but something about it caused the status, and no more specific detail code applies (RFC 3463, section 3.4).
enhanced-x-3-0-fix-sender =
    If the code is <code>4.3.0</code>, wait: your server retries, and the message usually arrives once the receiving system has recovered.
    If you receive a final bounce with <code>5.3.0</code>, forward it to your mail administrator, or tell the recipient through another channel.
enhanced-x-3-0-fix-admin =
    Search the mail log at the time of the reply for the part that failed, such as a content filter, a database, a lookup table or the file system of the queue.
    Repair that part; the deferred messages then arrive with the senders’ next retries.

enhanced-x-3-1-name = Mail system full
enhanced-x-3-1-description = The storage of the mail system is exhausted, and, unlike with a full mailbox, the recipient may not be able to free space (RFC 3463, section 3.4). It is useful only as a persistent transient error.
enhanced-x-3-1-fix-sender =
    Wait: your server keeps the message and retries, and delivery succeeds once the receiving system has free space again.
    If delay notices keep showing <code>4.3.1</code> for a day or more, tell the recipient through another channel.
enhanced-x-3-1-fix-admin =
    Free space in the file system of the mail queue or the mail store, and find what is filling it, such as a growing queue of deferred messages or large log files.
    In Postfix, the server refuses mail when the free space falls below <code>queue_minfree</code> or below 1.5 times <code>message_size_limit</code>, so keep those values in proportion to the size of the disk.

enhanced-x-3-2-name = System not accepting network messages
enhanced-x-3-2-description = The host on which the mailbox resides does not accept messages, for example because of an imminent shutdown, excessive load or maintenance (RFC 3463, section 3.4). It is useful for both permanent and persistent transient errors, and RFC 7504 (section 6) added 521, with which a host that never accepts mail answers a connection, to its basic codes.
enhanced-x-3-2-fix-sender =
    If the code is <code>4.3.2</code>, wait: the receiving host is probably busy or in maintenance, and your server retries.
    If the code is <code>5.3.2</code>, check the recipient’s address, because the host that answered does not accept mail.
enhanced-x-3-2-fix-admin =
    If the host is in maintenance or shutting down, keep the outage short, or make sure that another <code>MX</code> host accepts the mail meanwhile.
    If the host never accepts mail, remove it from the <code>MX</code> records of every domain, and greet connections with 521 (RFC 7504, section 3).

enhanced-x-3-3-name = System not capable of selected features
enhanced-x-3-3-description = The destination system does not support features requested for the message, which can happen at a gateway that cannot map the features of one mail environment onto another (RFC 3463, section 3.4).
enhanced-x-3-3-fix-sender =
    Send the message again without special features that your mail program may have added, such as delivery notifications or a priority setting.
enhanced-x-3-3-fix-admin =
    Find in the log which feature of the message the system or the gateway could not support, and either add support for it or let the message pass without it.
    Name the feature in the reply text, so that the sender knows what to leave out.

enhanced-x-3-4-name = Message too big for system
enhanced-x-3-4-description = The message exceeds the size limit of the system for a single message, a limit that can be physical or administrative (RFC 3463, section 3.4). It is useful only as a permanent error.
enhanced-x-3-4-fix-sender =
    Make the message smaller, for example by compressing attachments or by sharing large files through a link.
    Remember that attachments grow by about a third when they are encoded for email.
enhanced-x-3-4-fix-admin =
    If legitimate messages exceed your size limit, raise it (<code>message_size_limit</code> in Postfix and in Exim), and keep it consistent with your mailbox quotas.
    Check that the <code>SIZE</code> value in your <code>EHLO</code> reply matches the limit that you enforce, so that clients can refuse a large message before they send it.

enhanced-x-3-5-name = System incorrectly configured
enhanced-x-3-5-description = The system is not configured in a way that lets it accept this message (RFC 3463, section 3.4).
enhanced-x-3-5-fix-sender =
    If the code is <code>4.3.5</code>, wait, because your server retries; the problem is in the configuration of the receiving system, not in your message.
    If you receive a final bounce, tell the recipient through another channel, so that their administrator learns of the error.
enhanced-x-3-5-fix-admin =
    Look in the mail log for the configuration error that the server reports, such as a missing lookup table, a wrong file permission, an unknown transport or a broken filter setting, and correct it.
    In Postfix, run <code>postfix check</code>, and read the warnings that it and the mail log give, because they name the parameter or the file concerned.

enhanced-x-3-6-name = Requested priority was changed
enhanced-x-3-6-description = The server accepted the message for relay or delivery but did not honor the priority requested with the <code>MT-PRIORITY</code> extension, or the default priority (RFC 6710, section 4.1). The text after the code gives the new priority, then a space and an explanation, in a 250 or 251 reply.
enhanced-x-3-6-fix-sender =
    Nothing needs doing: the message was accepted, but at a different priority from the one requested.
enhanced-x-3-6-fix-admin =
    Nothing needs doing; the text after the code gives the priority that the server applied.
    If you run the sending side and need the requested priority, find out which priorities the receiving server accepts from you (RFC 6710).

## X.4: network and routing status (RFC 3463, section 3.5)

enhanced-x-4-0-name = Other or undefined network or routing status
enhanced-x-4-0-description = Something went wrong in the network, but the problem is not clear, or no more specific detail code describes it (RFC 3463, section 3.5).
enhanced-x-4-0-fix-sender =
    If the code is <code>4.4.0</code>, wait: your server retries, and network problems usually pass.
    If a final bounce shows <code>5.4.0</code>, check the recipient’s domain for typing errors, and forward the bounce to your mail administrator if it is right.
enhanced-x-4-0-fix-admin =
    Read the text after the code and the log of the delivery attempts to find the part of the path that failed, such as DNS, the connection or a relay.
    Check the routing for the destination: its <code>MX</code> records, and your relay and transport settings (in Postfix, <code>relayhost</code> and <code>transport_maps</code>).

enhanced-x-4-1-name = No answer from host
enhanced-x-4-1-description = The outbound connection attempt was not answered, because the remote system was busy or could not take the call (RFC 3463, section 3.5). It is useful only as a persistent transient error.
enhanced-x-4-1-fix-sender =
    Wait: your server keeps the message and retries, and delivery usually succeeds once the receiving host answers again.
    If you receive a final bounce after days of retries, tell the recipient through another channel that their mail server cannot be reached.
enhanced-x-4-1-fix-admin =
    On the sending server, test whether it can connect to the destination’s <code>MX</code> hosts on port 25, because some networks and providers block outgoing connections to that port.
    If you run the destination, check that its <code>MX</code> hosts are up, that they listen on port 25 and that no firewall drops connections to them.

enhanced-x-4-2-name = Bad connection
enhanced-x-4-2-description = The outbound connection was established, but the message transaction could not be completed because of a timeout or a poor connection (RFC 3463, section 3.5). It is useful only as a persistent transient error.
enhanced-x-4-2-fix-sender =
    Wait: your server retries, and delivery usually succeeds on a later attempt over a new connection.
enhanced-x-4-2-fix-admin =
    Look in the log for the point at which the connection broke, such as the greeting, <code>STARTTLS</code> or the end of the data, and whether a timeout expired.
    Check for firewalls, proxies or scanning devices between the servers that interrupt or slow down SMTP sessions.
    Check that the timeouts suit large messages on slow links (in Postfix, <code>smtpd_timeout</code> on the receiving side and <code>smtp_data_done_timeout</code> on the sending side).

enhanced-x-4-3-name = Directory server failure
enhanced-x-4-3-description = The message could not be forwarded because a directory server was unavailable; failing to reach a DNS server is one example (RFC 3463, section 3.5). It is useful only as a persistent transient error, and RFC 7208 (section 8.6) recommends <code>451 4.4.3</code> for an SPF check that ends in a temporary error, for which RFC 7372 later registered <code>X.7.24</code>.
enhanced-x-4-3-fix-sender =
    Wait: the failure is usually a DNS problem that passes, and your server retries on its own.
    If a final bounce shows the code, forward it to your mail administrator.
enhanced-x-4-3-fix-admin =
    Check that the DNS resolver of the server answers, for example by looking up the <code>MX</code> records of the destination on the mail server itself.
    If the failure concerns one domain, check that domain’s name servers, because broken or unreachable name servers make every lookup for the domain fail.
    If the code answers an SPF check (RFC 7208, section 8.6), check that the SPF record of the sending domain and the records that it includes resolve quickly and without errors.

enhanced-x-4-4-name = Unable to route
enhanced-x-4-4-description = The mail system could not determine the next hop for the message, because the directory server did not provide the routing information it needed; a DNS lookup that returns only an <code>SOA</code> record for the domain is one example (RFC 3463, section 3.5). It is useful for both permanent and persistent transient errors.
enhanced-x-4-4-fix-sender =
    Check the recipient’s domain for typing errors, because the mail system could not find where to deliver mail for it.
    If the domain is right, tell the recipient through another channel that the mail records of their domain are broken.
enhanced-x-4-4-fix-admin =
    If you own the recipient domain, publish <code>MX</code> records that point to host names with address records, and check them with a DNS lookup.
    If your server routes the domain itself, check its transport and relay settings (in Postfix, <code>transport_maps</code> and <code>relayhost</code>), and that the next hop resolves.

enhanced-x-4-5-name = Mail system congestion
enhanced-x-4-5-description = The mail system could not deliver the message because it was congested (RFC 3463, section 3.5). It is useful only as a persistent transient error.
enhanced-x-4-5-fix-sender =
    Wait: your server retries, and the message arrives once the receiving system is less busy.
enhanced-x-4-5-fix-admin =
    On the receiving side, check the load, the number of connections and the size of the queue, and add capacity or adjust limits if congestion is frequent.
    On the sending side, lower the number of parallel connections and the delivery rate to that destination (in Postfix, <code>smtp_destination_concurrency_limit</code> and <code>smtp_destination_rate_delay</code>).

enhanced-x-4-6-name = Routing loop detected
enhanced-x-4-6-description = The message was forwarded too many times, because of incorrect routing tables or a forwarding loop that users set up (RFC 3463, section 3.5). It is useful only as a persistent transient error.
enhanced-x-4-6-fix-sender =
    Tell the recipient through another channel, because forwarding rules or mail settings on their side send the message around in a circle.
    If you forward mail between addresses of your own, check that no two of them forward to each other.
enhanced-x-4-6-fix-admin =
    Read the <code>Received</code> header fields of the returned message to find the hosts that it passed through and the point at which it turned back.
    Correct the forwarding rules, aliases, <code>MX</code> records or relay settings that send the mail back, such as a domain that your server relays to a host that relays it back to you.
    In Postfix, mail that loops back to the server itself usually means that the domain is missing from the domains that the server delivers for (<code>mydestination</code> or <code>virtual_mailbox_domains</code>).

enhanced-x-4-7-name = Delivery time expired
enhanced-x-4-7-description = The rejecting system considered the message too old, because it stayed on that host too long or because the time-to-live that the sender set was exceeded (RFC 3463, section 3.5). Where possible, the code of the problem actually found during the delivery attempts should be returned instead.
enhanced-x-4-7-fix-sender =
    Check that the recipient’s address is right, and send the message again later.
    Tell the recipient through another channel, because their mail system did not accept the message for days.
enhanced-x-4-7-fix-admin =
    Look in the log of the sending server for the deferrals before the expiry, because they name the real cause, such as a host that did not answer or a repeated temporary rejection.
    Correct that cause; if messages should stay in the queue longer, adjust the queue lifetime (in Postfix, <code>maximal_queue_lifetime</code>).

## X.5: mail delivery protocol status (RFC 3463, section 3.6)

enhanced-x-5-0-name = Other or undefined protocol status
enhanced-x-5-0-description = Something was wrong with the protocol needed to deliver the message to the next hop, and no more specific detail code describes the problem (RFC 3463, section 3.6).
enhanced-x-5-0-fix-sender =
    Try again, and if the error repeats, forward the bounce to your mail administrator or provider.
    If your mail program shows the error, check its outgoing server settings: port 587 with <code>STARTTLS</code>, or port 465 with SSL/TLS, as your provider documents.
enhanced-x-5-0-fix-admin =
    Look in the log for the command that the server rejected and for the text that it sent with the code.
    If a device or a program talks to the server, check that it follows SMTP, for example that it sends <code>EHLO</code> first and waits for each reply.

enhanced-x-5-1-name = Invalid command
enhanced-x-5-1-description = A command of the mail transaction was issued out of sequence or is not supported (RFC 3463, section 3.6). It is useful only as a permanent error.
enhanced-x-5-1-fix-sender =
    If your mail program shows the error, check its outgoing server settings, and update the program if the error continues.
enhanced-x-5-1-fix-admin =
    Find the command in the server log, and check whether it came out of sequence or is one that the server does not support or has disabled.
    If clients need a command that your server does not offer, such as <code>AUTH</code> on a port without authentication, offer it there or tell them which port to use.
    If you run the client, send only the commands that the server lists in its <code>EHLO</code> reply, in the order that RFC 5321 requires.

enhanced-x-5-2-name = Syntax error
enhanced-x-5-2-description = A command of the mail transaction could not be interpreted, because its syntax was wrong or the command is not recognized (RFC 3463, section 3.6). It is useful only as a permanent error.
enhanced-x-5-2-fix-sender =
    If your mail program shows the error, check its outgoing server settings, especially the port and the connection security, because a wrong setting sends the server data that it cannot read.
enhanced-x-5-2-fix-admin =
    Look in the server log for the line that it could not interpret; data that is not SMTP at all usually comes from a web browser, a scanner or a client that starts TLS on a port that expects plain text.
    If a program on your network sends malformed commands, correct it, for example so that it ends every line with CR LF and follows the command syntax of RFC 5321.

enhanced-x-5-3-name = Too many recipients
enhanced-x-5-3-description = More recipients were given for the message than the protocol could deliver (RFC 3463, section 3.6). The client should normally send the message to the remaining recipients in a later attempt; the code exists for the case in which that is not possible.
enhanced-x-5-3-fix-sender =
    Send the message to fewer recipients at a time, or use a mailing list for a large audience.
    If the code is <code>4.5.3</code>, nothing needs doing: your server sends the message to the remaining recipients in a later transaction.
enhanced-x-5-3-fix-admin =
    Check the limit on recipients per message, and raise it if it is too low for your users (in Postfix, <code>smtpd_recipient_limit</code>, by default 1000).
    Answer the recipients over the limit with <code>452 4.5.3</code>, not with a permanent code, so that clients send the message to them in a later transaction (RFC 5321, section 4.5.3.1.10).

enhanced-x-5-4-name = Invalid command arguments
enhanced-x-5-4-description = A valid command of the mail transaction was issued with invalid arguments, because they were out of range or named features that are not recognized (RFC 3463, section 3.6). It is useful only as a permanent error.
enhanced-x-5-4-fix-sender =
    Check the addresses that you entered for spaces or characters that do not belong in an address, and try again.
enhanced-x-5-4-fix-admin =
    Look in the log for the command and the argument that the server rejected, such as a parameter of <code>MAIL FROM</code>, an <code>AUTH</code> mechanism or the host name in <code>EHLO</code>.
    If you run the client, use only the parameters of extensions that the server lists in its <code>EHLO</code> reply, and send fully qualified host names and complete addresses.

enhanced-x-5-5-name = Wrong protocol version
enhanced-x-5-5-description = The two sides use protocol versions that do not match, and they could not resolve the mismatch automatically (RFC 3463, section 3.6).
enhanced-x-5-5-fix-sender =
    Update your mail program, and check that its outgoing server settings match what your provider documents.
enhanced-x-5-5-fix-admin =
    Find out which protocols or versions the two sides expect, for example SMTP or LMTP, or <code>EHLO</code> or <code>HELO</code>, and configure both to use one that they share.
    If a client falls back to <code>HELO</code>, find out why its <code>EHLO</code> failed, because after the fallback it can use no extensions.

enhanced-x-5-6-name = Authentication exchange line is too long
enhanced-x-5-6-description = The server fails the <code>AUTH</code> command because a base64-encoded response from the client is longer than the buffer available for the selected SASL mechanism (RFC 4954, section 6). It is useful for both permanent and persistent transient errors, and RFC 4954 pairs it with 500.
enhanced-x-5-6-fix-sender =
    Try another sign-in method in your mail program, and contact your provider if the error continues.
enhanced-x-5-6-fix-admin =
    If large authentication responses are legitimate, such as the Kerberos (<code>GSSAPI</code>) tickets of users in many groups or long OAuth tokens, raise the server’s limit for them (<code>smtpd_sasl_response_limit</code> in Postfix 3.4 and later).
    If you write or configure the client, keep each authentication response within the server’s limit, for example with a shorter token.

## X.6: message content or media status (RFC 3463, section 3.7)

enhanced-x-6-0-name = Other or undefined media error
enhanced-x-6-0-description = Something about the content of the message made it undeliverable, and no more specific detail code describes the problem (RFC 3463, section 3.7).
enhanced-x-6-0-fix-sender =
    Check the attachments and the format of the message, and try sending it as plain text or without the attachment that may cause the problem.
enhanced-x-6-0-fix-admin =
    Look in the log or in the report of the content filter for the part of the message that was refused, such as an attachment type or an encoding.
    If your filter rejects the content, send a specific code and text, such as <code>X.6.1</code> for a media type that you do not accept.

enhanced-x-6-1-name = Media not supported
enhanced-x-6-1-description = The delivery protocol or the next system on the forwarding path does not support the media of the message (RFC 3463, section 3.7). It is useful only as a permanent error.
enhanced-x-6-1-fix-sender =
    Send the content in another format, for example by converting the attachment to a common type such as PDF, or by compressing it.
    If the bounce names the attachment type, remove the attachment or share the file through a link.
enhanced-x-6-1-fix-admin =
    Check which media types your filters or gateway refuse (in Postfix, for example, with <code>mime_header_checks</code>), and allow the type if your users need it.
    If the next system on the path cannot take the media, convert it at the gateway, or reject it with a text that names the type.

enhanced-x-6-2-name = Conversion required and prohibited
enhanced-x-6-2-description = The content must be converted before it can be delivered, but conversion is not permitted, either by the sender in the message itself or by the policy of the sending host (RFC 3463, section 3.7).
enhanced-x-6-2-fix-sender =
    Send the message in a form that needs no conversion, such as plain text, or turn off any option of your mail program that forbids conversion of the message.
enhanced-x-6-2-fix-admin =
    Find in the log which conversion was needed, such as 8-bit content for a server that does not announce <code>8BITMIME</code>.
    If your policy forbids the conversion, allow it for this case, or route the mail through a path that does not need it (in Postfix, <code>disable_mime_output_conversion</code> turns off the conversion of 8-bit content to 7 bits).

enhanced-x-6-3-name = Conversion required but not supported
enhanced-x-6-3-description = The content must be converted before it can be forwarded, but a host on the forwarding path finds the conversion impossible or impractical (RFC 3463, section 3.7). One example is a gateway that supports 8-bit transport but cannot downgrade the message to 7 bits for the next hop.
enhanced-x-6-3-fix-sender =
    Send the message with content that needs no conversion, for example as plain text, and use the recipient’s ASCII address if they have one.
enhanced-x-6-3-fix-admin =
    Find which conversion the host on the path could not perform, such as 8-bit to 7-bit, and enable it or route the mail through a system that supports it.
    If you run the receiving system, announce <code>8BITMIME</code>, and <code>SMTPUTF8</code> where your software supports it, so that senders need no conversion.

enhanced-x-6-4-name = Conversion with loss performed
enhanced-x-6-4-description = A warning to the sender that the message was delivered, but only after a conversion in which some data was lost (RFC 3463, section 3.7). It can also be a permanent error, if the sender has prohibited conversion with loss for the message.
enhanced-x-6-4-fix-sender =
    If the code is <code>2.6.4</code>, the message was delivered, but some content was lost in a conversion, so check with the recipient that it arrived readable.
    If the code is <code>5.6.4</code>, send the message again in a format that needs no conversion, or allow conversion with loss.
enhanced-x-6-4-fix-admin =
    Nothing needs doing for a single <code>2.6.4</code> report.
    If the code appears often, find which conversion loses data, such as a character set or a media type that a gateway cannot carry, and change the path or the gateway.

enhanced-x-6-5-name = Conversion failed
enhanced-x-6-5-description = A conversion was required and was not successful (RFC 3463, section 3.7). It can be a permanent or a persistent transient notification.
enhanced-x-6-5-fix-sender =
    Send the message again with simpler content, for example as plain text or without the attachment that could not be converted.
    If the code is <code>4.6.5</code>, wait, because your server retries and the conversion may succeed later.
enhanced-x-6-5-fix-admin =
    Look in the log of the gateway or the converter for the part that failed and why, such as a malformed MIME structure or a converter that crashed.
    Repair or update the converter, or let such messages pass unconverted where the next hop can take them.

enhanced-x-6-6-name = Message content not available
enhanced-x-6-6-description = The message content could not be fetched from a remote system, for example when a submission server cannot resolve the IMAP URL of a <code>BURL</code> command (RFC 4468, section 5). It can be a permanent or a persistent transient notification.
enhanced-x-6-6-fix-sender =
    Send the message again, and contact your provider if the error continues, because the server could not fetch the message from your mailbox.
enhanced-x-6-6-fix-admin =
    Check that the submission server can reach the IMAP server named in the <code>BURL</code> command and may fetch the message there, for example with a valid URLAUTH URL that has not expired.
    If the submission server does not trust that IMAP server, configure the trust relationship that <code>X.7.14</code> reports.

enhanced-x-6-7-name = Non-ASCII addresses not permitted for that sender/recipient
enhanced-x-6-7-description = The server received a <code>MAIL</code> or <code>RCPT</code> command with a non-ASCII address, which it does not permit for that sender or recipient (RFC 6531, section 3.5). It comes with 553 when a <code>RCPT</code> command requires an ASCII address, and with 550 when a <code>MAIL</code> command does.
enhanced-x-6-7-fix-sender =
    Send to the recipient’s ASCII address if they have one, or send from an ASCII address of your own.
    If you need non-ASCII addresses, use a mail provider that supports <code>SMTPUTF8</code>.
enhanced-x-6-7-fix-admin =
    If your server should accept non-ASCII addresses, enable <code>SMTPUTF8</code> support and announce it in the <code>EHLO</code> reply (in Postfix 3.0 and later, <code>smtputf8_enable</code>).
    If your own server returned the message because no server of the destination supports <code>SMTPUTF8</code>, it cannot be delivered to that address until the recipient’s provider adds support.
    If you run the client, add the <code>SMTPUTF8</code> parameter to <code>MAIL FROM</code> when the message needs it, but only if the server lists <code>SMTPUTF8</code> in its <code>EHLO</code> reply (RFC 6531, section 3.4).

enhanced-x-6-8-name = UTF-8 string reply is required, but not permitted by the SMTP client
enhanced-x-6-8-description = The reply would need a UTF-8 string to show the mailbox name, but the client has not permitted that form of reply (RFC 6531, section 3.7.4.2). This happens when <code>VRFY</code> or <code>EXPN</code> is sent without the <code>SMTPUTF8</code> parameter, and the server must then reply 252 or 550; the registry also lists 553.
enhanced-x-6-8-fix-sender =
    Nothing needs doing for your messages: the code answers a query about an address (<code>VRFY</code> or <code>EXPN</code>), not the sending of mail.
enhanced-x-6-8-fix-admin =
    Nothing needs changing on the server: it correctly declines to send a UTF-8 mailbox name to a client that has not allowed one.
    If you write or configure the client, send <code>VRFY</code> or <code>EXPN</code> with the <code>SMTPUTF8</code> parameter when it can handle a UTF-8 reply, and only if the server lists <code>SMTPUTF8</code> in its <code>EHLO</code> reply (RFC 6531, section 3.7.4.2).

enhanced-x-6-9-name = UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected
enhanced-x-6-9-description = The transaction failed after the final <samp>.</samp> of <code>DATA</code>, because one or more recipients cannot accept a message with internationalized (UTF-8) header fields (RFC 6531, section 3.5). RFC 6531 pairs it with 554 in section 3.5 but registers it with 550 in section 4.2.
enhanced-x-6-9-fix-sender =
    Send the message again with ASCII addresses only, or send it separately to the recipients who could not receive it.
    Ask those recipients whether they have an ASCII address or a provider that supports internationalized mail.
enhanced-x-6-9-fix-admin =
    If you run the system of the recipients concerned, support <code>SMTPUTF8</code> on the whole path to their mailboxes, including the mail store.
    If you run the sending side, send a message with UTF-8 header fields only to servers that list <code>SMTPUTF8</code> in their <code>EHLO</code> reply, and reach other recipients with a message that they can accept.

enhanced-x-6-10-name = Deprecated duplicate of <code>X.6.8</code>
enhanced-x-6-10-description = This code is a duplicate of <code>X.6.8</code> and is deprecated, so servers should send <code>X.6.8</code> instead (RFC 6531, section 4.2). The experimental RFC 5336 had registered it with the meaning of <code>X.6.8</code> for reply code 252, which RFC 6531 associates with <code>X.6.8</code> itself.
enhanced-x-6-10-fix-sender =
    Read the advice for <code>X.6.8</code>, which has the same meaning.
enhanced-x-6-10-fix-admin =
    Treat the code as <code>X.6.8</code> and follow the advice for that code.
    If your own server sends <code>X.6.10</code>, make it send <code>X.6.8</code> instead, because RFC 6531 (section 4.2) deprecates <code>X.6.10</code>.

## X.7: security or policy status (RFC 3463, section 3.8)

enhanced-x-7-0-name = Other or undefined security status
enhanced-x-7-0-description = Something related to security caused the message to be returned, and no more specific detail code describes the problem; the code can also be used when security policy does not allow the condition to be described further (RFC 3463, section 3.8). RFC 4954 (section 6) pairs it with 235 for a successful authentication, with 454 for a temporary authentication failure and with 530 when authentication is required.
enhanced-x-7-0-fix-sender =
    Read the text after the code, because <code>X.7.0</code> covers very different security and policy reasons.
    If your mail program reports it when you send, turn on authentication with your account’s user name and password, on port 587 with <code>STARTTLS</code> or on port 465 with SSL/TLS.
    If it comes in a bounce from another domain, forward the bounce to your mail administrator or provider.
enhanced-x-7-0-fix-admin =
    Look in the log for the rule or the check that produced the code, such as required authentication, a TLS requirement, a blocklist or a policy service.
    For a temporary authentication failure (<code>454 4.7.0</code>), check that the authentication service, such as Dovecot behind Postfix, is running and answering.
    Where you can, send a more specific code, such as <code>X.7.1</code> for a policy refusal or <code>X.7.8</code> for wrong credentials, so that senders know what to correct.

enhanced-x-7-1-name = Delivery not authorized, message refused
enhanced-x-7-1-description = The sender is not authorized to send to the destination, which can result from filtering per host or per recipient (RFC 3463, section 3.8). It is useful only as a permanent error, and servers widely use it for rejections by local policy.
enhanced-x-7-1-fix-sender =
    Read the text after the code: it usually says whether the server refused your address, your provider’s server, the content or a relay attempt.
    For a refused relay attempt, make sure that your mail program authenticates to your own provider’s outgoing server.
    Otherwise, forward the bounce to your mail administrator or provider, or ask the recipient to have your address allowed.
enhanced-x-7-1-fix-admin =
    On the receiving side, find the rule that rejected the message in your log, such as an access table, a DNS blocklist or <code>reject_unauth_destination</code>, and correct it if it refused legitimate mail.
    If you run the sending side and the text names a blocklist, look up your IP address on that list, correct the cause and request removal.
    If your own users receive <samp>Relay access denied</samp> from Postfix, make them authenticate (<code>permit_sasl_authenticated</code> in <code>smtpd_relay_restrictions</code>), or add their networks to <code>mynetworks</code>.

enhanced-x-7-2-name = Mailing list expansion prohibited
enhanced-x-7-2-description = The sender is not authorized to send a message to the intended mailing list (RFC 3463, section 3.8). It is useful only as a permanent error.
enhanced-x-7-2-fix-sender =
    Ask the owner of the mailing list to let you post, for example by subscribing with the address that you send from.
    Check that you send from the address that is subscribed to the list.
enhanced-x-7-2-fix-admin =
    Check the posting policy of the list, and add the sender to the members or to the addresses allowed to post if they should be able to post.

enhanced-x-7-3-name = Security conversion required but not possible
enhanced-x-7-3-description = Delivery required a conversion from one secure messaging protocol to another, and the conversion was not possible (RFC 3463, section 3.8). It is useful only as a permanent error.
enhanced-x-7-3-fix-sender =
    Send the message without encryption or signature, or in a secure format that the recipient supports, such as S/MIME or OpenPGP, as you agree with the recipient.
enhanced-x-7-3-fix-admin =
    Find which secure messaging formats the two sides use and where the conversion between them failed, and configure the gateway to support both or to pass the message unchanged.

enhanced-x-7-4-name = Security features not supported
enhanced-x-7-4-description = The message contained security features, such as secure authentication, that the delivery protocol could not support (RFC 3463, section 3.8). It is useful only as a permanent error.
enhanced-x-7-4-fix-sender =
    Send the message without the security feature that your mail program added, or protect it in another way that the recipient supports.
enhanced-x-7-4-fix-admin =
    Find which security feature the delivery protocol could not support, and support it on the path or tell senders which features to leave out.
    If you run the client, use only the security features and <code>AUTH</code> mechanisms that the server lists in its <code>EHLO</code> reply.

enhanced-x-7-5-name = Cryptographic failure
enhanced-x-7-5-description = A transport system that is authorized to validate or decrypt the message in transit could not do so, because information it needed, such as a key, was missing or invalid (RFC 3463, section 3.8).
enhanced-x-7-5-fix-sender =
    Check that you encrypt the message with the recipient’s current certificate or key, and send it again.
    Ask the recipient for a current certificate or public key if theirs has expired or changed.
enhanced-x-7-5-fix-admin =
    Check that the system that validates or decrypts messages has the keys and certificates that it needs, that they are valid and not expired, and that it can reach any key directory that it uses.

enhanced-x-7-6-name = Cryptographic algorithm not supported
enhanced-x-7-6-description = A transport system that is authorized to validate or decrypt the message could not do so, because it does not support the algorithm needed (RFC 3463, section 3.8).
enhanced-x-7-6-fix-sender =
    Send the message with another encryption or signature algorithm that the recipient supports, if the security settings of your mail program let you choose one.
enhanced-x-7-6-fix-admin =
    Find which algorithm the message used, and add support for it to the system that validates or decrypts messages, or tell senders which algorithms it accepts.

enhanced-x-7-7-name = Message integrity failure
enhanced-x-7-7-description = A transport system that is authorized to validate the message could not do so, because the message was corrupted or altered (RFC 3463, section 3.8). It can be used as a permanent, persistent transient or success code.
enhanced-x-7-7-fix-sender =
    Send the message again, because it was altered or damaged on the way.
    If you sign your mail, check that nothing changes the message after signing, such as a footer that your server adds.
enhanced-x-7-7-fix-admin =
    Find the system that changed the message on the way, such as a gateway that adds a footer or rewrites content, and make it leave signed messages intact.
    If the code is <code>2.7.7</code>, the message was delivered despite the failure, and nothing needs doing unless it recurs.

enhanced-x-7-8-name = Authentication credentials invalid
enhanced-x-7-8-description = The <code>AUTH</code> command failed because the credentials were invalid or insufficient, and the client should ask the user for new ones, for example with a password dialog (RFC 4954, section 6). Servers send it as <code>535 5.7.8</code>. RFC 4468 had first used <code>X.7.8</code> for a missing trust relationship, a use that RFC 5248 moved to <code>X.7.14</code>.
enhanced-x-7-8-fix-sender =
    Check the user name, which is often the full email address, and type the password again.
    If your provider requires it, use an app password or OAuth 2.0 sign-in instead of your normal password.
    Stop every other device or program that keeps trying with an old password, because repeated failures can lock the account.
enhanced-x-7-8-fix-admin =
    Look in the log for the reason of the failure; the authentication service, such as Dovecot, logs more detail than the mail server.
    Check that the account exists, that its password is set and that it may use SMTP authentication.

enhanced-x-7-9-name = Authentication mechanism is too weak
enhanced-x-7-9-description = The <code>AUTH</code> command failed because the selected mechanism is weaker than server policy permits for that user, and the client should try again with another mechanism (RFC 4954, section 6). Servers send it as <code>534 5.7.9</code>.
enhanced-x-7-9-fix-sender =
    If your provider requires an app password or OAuth 2.0 sign-in, set it up in your account and use it in your mail program.
    Choose a more secure authentication method in the outgoing server settings of your mail program, if it offers one.
enhanced-x-7-9-fix-admin =
    Check which mechanisms the server offers this user over this connection, and make sure that at least one of them meets your policy (in Postfix, <code>smtpd_sasl_security_options</code> and <code>smtpd_sasl_tls_security_options</code>).
    If you write or configure the client, retry with a stronger mechanism from the server’s <code>EHLO</code> reply instead of giving up (RFC 4954, section 6).

enhanced-x-7-10-name = Encryption needed
enhanced-x-7-10-description = The requested authentication mechanism can only be used over a strong privacy layer such as TLS; the code is meant mainly for mechanisms that send the password in clear text (RFC 5248, section 2.4, which registered it from existing practice). A client that receives it can start TLS before it authenticates, or use a stronger mechanism. RFC 8689 (section 4.2.1) also uses <code>5.7.10</code> in the non-delivery report for a <code>REQUIRETLS</code> message when no TLS-protected session could be established.
enhanced-x-7-10-fix-sender =
    Set the connection security of your outgoing server to <code>STARTTLS</code> on port 587, or to SSL/TLS on port 465.
    If a bounce for a message sent with <code>REQUIRETLS</code> shows <code>5.7.10</code>, the message could not travel over TLS, so send it again without that requirement only if its content allows it.
enhanced-x-7-10-fix-admin =
    Offer password mechanisms only after <code>STARTTLS</code> (<code>smtpd_tls_auth_only = yes</code> in Postfix), so that clients never choose them on an unencrypted connection.
    If you write or configure the client, start TLS before you authenticate, send <code>EHLO</code> again and choose a mechanism from the new reply.
    If your server returned a <code>REQUIRETLS</code> message with <code>5.7.10</code>, check the TLS setup of the destination: its <code>MX</code> hosts must offer <code>STARTTLS</code> with a certificate that your server can verify (RFC 8689, section 4.2.1).

enhanced-x-7-11-name = Encryption required for requested authentication mechanism
enhanced-x-7-11-description = The <code>AUTH</code> command failed because the selected mechanism may only be used when the connection is encrypted (RFC 4954, section 6). RFC 4954 documents it, as <code>538 5.7.11</code>, for historical purposes only: servers should not advertise mechanisms that the current connection does not permit.
enhanced-x-7-11-fix-sender =
    Set the connection security of your outgoing server to <code>STARTTLS</code> on port 587, or to SSL/TLS on port 465.
enhanced-x-7-11-fix-admin =
    Offer mechanisms that need encryption only after <code>STARTTLS</code> (<code>smtpd_tls_auth_only = yes</code> in Postfix), because RFC 4954 (section 6) documents this reply for historical purposes only.
    If you write or configure the client, start TLS and send <code>EHLO</code> again before you authenticate.

enhanced-x-7-12-name = A password transition is needed
enhanced-x-7-12-description = The user needs to make the transition to the selected authentication mechanism, typically by authenticating once with the <code>PLAIN</code> mechanism, after which the selected mechanism should work in later sessions (RFC 4954, section 6). Servers send it as <code>432 4.7.12</code> in reply to <code>AUTH</code>.
enhanced-x-7-12-fix-sender =
    Set your mail program to authenticate once with the normal password method over an encrypted connection, and then switch back to the method that you used before.
    If the reply continues, contact your mail provider.
enhanced-x-7-12-fix-admin =
    Check the password storage scheme of the account, because mechanisms such as <code>CRAM-MD5</code> and <code>SCRAM</code> need the password or a stored key of their own, which an ordinary password hash cannot provide.
    Offer only the mechanisms that the stored credentials support, or let users authenticate once with <code>PLAIN</code> over TLS so that the server can store the new form (RFC 4954, section 6).

enhanced-x-7-13-name = User account disabled
enhanced-x-7-13-description = Authentication succeeded, but the account is disabled, for example because of lack of payment, abuse or an attempted break-in (RFC 5248, section 2.4). The failure is permanent until the user asks the system administrator to enable the account again; unlike a failure with wrong credentials, asking for the password again does not help.
enhanced-x-7-13-fix-sender =
    Contact your mail provider or administrator to find out why the account was disabled and to have it enabled again.
    Do not change or retype the password for this reason, because the server accepted it and the account itself is disabled.
enhanced-x-7-13-fix-admin =
    Check the status of the account in your user directory or billing system, and enable it again once its cause, such as abuse or a break-in, has been dealt with.
    If the account was compromised, reset its password and revoke its app passwords and tokens before you enable it.

enhanced-x-7-14-name = Trust relationship required
enhanced-x-7-14-description = The submission server needs a configured trust relationship with a third-party server to access the message content, as with a <code>BURL</code> command whose URL points to an IMAP server that it does not trust (RFC 5248, section 2.4). It replaces <code>X.7.8</code>, which RFC 4468 (section 5) had used for this condition.
enhanced-x-7-14-fix-sender =
    Send the message again, and contact your provider if the error continues, because the server could not fetch the message from your mailbox.
enhanced-x-7-14-fix-admin =
    Configure the trust relationship between the submission server and the IMAP server named in the <code>BURL</code> command, so that the submission server may fetch the message (RFC 4468).
    If you write or configure the client, send the message content with <code>DATA</code> or <code>BDAT</code> instead of <code>BURL</code> when the server does not trust that IMAP server.

enhanced-x-7-15-name = Priority level is too low
enhanced-x-7-15-description = The priority of the message, requested with the <code>MT-PRIORITY</code> extension, is below the lowest priority that the receiving server currently accepts (RFC 6710, section 4.1). The condition may be temporary, for example while the server accepts only higher-priority messages; it is sent with 450 or 550, or with another 4xx or 5xx code.
enhanced-x-7-15-fix-sender =
    If the code is <code>4.7.15</code>, wait: the server accepts only mail of higher priority at the moment, and your server retries.
    If the code is <code>5.7.15</code>, send the message with a higher priority, if you may use one, or tell the recipient through another channel.
enhanced-x-7-15-fix-admin =
    Check the lowest <code>MT-PRIORITY</code> level that the server currently accepts, and whether the restriction is still needed.
    If you run the sending side, request only priorities that the receiving server accepts from you and that your users may use (RFC 6710).

enhanced-x-7-16-name = Message is too big for the specified priority
enhanced-x-7-16-description = The message is too big for the priority requested with the <code>MT-PRIORITY</code> extension, and the server should reject it with 552 (RFC 6710, section 5). The condition may be temporary, for example while the server accepts only higher-priority messages below a certain size. RFC 4865 (section 6) defined a different <code>X.7.16</code>, for an exceeded per-user quota for future release, which is not in the registry.
enhanced-x-7-16-fix-sender =
    Make the message smaller, or send it again with a lower priority.
    Remember that attachments grow by about a third when they are encoded for email.
enhanced-x-7-16-fix-admin =
    Check the size limits that the server applies to each priority level, and adjust them if legitimate messages exceed them.
    If you run the sending side, send large messages with a lower priority (RFC 6710, section 5).

enhanced-x-7-17-name = Mailbox owner has changed
enhanced-x-7-17-description = A message sent with the <code>RRVS</code> extension or the <code>Require-Recipient-Valid-Since</code> header field is for a mailbox that has not been under continuous ownership since the given date and time (RFC 7293, section 15.3). The receiver rejects it with a 5xx code, typically 550, so that the mail does not reach a new owner of the address. RFC 4865 (section 6) defined a different <code>X.7.17</code>, for an exceeded system quota for future release, which is not in the registry.
enhanced-x-7-17-fix-sender =
    Do not send the message to this address: the mailbox has changed owner since the date in your message, so the person you mean no longer receives mail there.
    Find the recipient’s current address through another channel, and update your records.
enhanced-x-7-17-fix-admin =
    Nothing needs changing on the receiving server: it protected the new owner of the address, as RFC 7293 intends.
    If you run the sending system, remove or flag the address in your records, because it no longer reaches the person that you meant.

enhanced-x-7-18-name = Domain owner has changed
enhanced-x-7-18-description = A message sent with the <code>RRVS</code> extension or the <code>Require-Recipient-Valid-Since</code> header field was received, and the receiving system chooses to disclose that the domain name of the recipient has changed owner since the given date and time (RFC 7293, section 15.3). It is sent with a 5xx code.
enhanced-x-7-18-fix-sender =
    Do not send the message to this address: the domain has changed owner since the date in your message, so the address may belong to someone else.
    Find the recipient’s current address through another channel, and update your records.
enhanced-x-7-18-fix-admin =
    Nothing needs changing on the receiving server: it discloses the change of owner on purpose.
    If you run the sending system, stop using addresses at that domain for the accounts concerned until their owners confirm new addresses.

enhanced-x-7-19-name = <code>RRVS</code> test cannot be completed
enhanced-x-7-19-description = A message sent with the <code>RRVS</code> extension or the <code>Require-Recipient-Valid-Since</code> header field cannot be evaluated, because the receiving system did not record when the mailbox was created or reassigned (RFC 7293, section 15.3). The originator has to decide whether to send the message again without <code>RRVS</code> protection.
enhanced-x-7-19-fix-sender =
    Decide whether the message may reach the address without the ownership check; if so, send it again without the <code>Require-Recipient-Valid-Since</code> header field or the <code>RRVS</code> parameter.
    For a sensitive message, such as a password reset, confirm the address with the recipient through another channel first.
enhanced-x-7-19-fix-admin =
    On the receiving side, record when mailboxes are created or reassigned if you want the <code>RRVS</code> test to succeed.
    If you run the sending system, handle the code by policy, and send again without <code>RRVS</code> only messages that may safely reach a new owner of the address.

enhanced-x-7-20-name = No passing DKIM signature found
enhanced-x-7-20-description = The message carries no DKIM signature that passes verification, and local policy requires one (RFC 7372, section 3.1). Rejecting mail for this reason goes against the advice of RFC 6376 (section 6.1), which discourages special treatment of messages that bear no valid DKIM signature.
enhanced-x-7-20-fix-sender =
    Forward the bounce to your mail administrator or provider, because the fix is on the sending side: the mail of your domain must be signed with DKIM.
enhanced-x-7-20-fix-admin =
    If you run the sending domain, sign all outgoing mail with DKIM, and publish the public key as a <code>TXT</code> record under the selector that you use, such as <code>s1._domainkey.example.com</code>.
    Check that nothing changes a message after signing, such as a server that adds a footer or a mailing list that edits the subject, and test by sending to a mailbox that shows the authentication results of a message.
    On the receiving side, remember that rejecting mail without a valid signature goes against the advice of RFC 6376 (section 6.1), and consider judging such mail by its other checks.

enhanced-x-7-21-name = No acceptable DKIM signature found
enhanced-x-7-21-description = The message carries one or more DKIM signatures that pass verification, but none meets the local requirements, such as which header fields must be signed (RFC 7372, section 3.1). As with <code>X.7.20</code>, rejecting mail for this reason goes against the advice of RFC 6376 (section 6.1).
enhanced-x-7-21-fix-sender =
    Forward the bounce to your mail administrator or provider, because the DKIM signature of your mail does not meet the requirements of the receiving server.
enhanced-x-7-21-fix-admin =
    If you run the sending domain, find out which requirement your signature misses, such as the header fields that must be signed, the length of the key or the algorithm, and change your signing settings.
    Sign at least the <code>From</code> header field, which RFC 6376 (section 5.4) requires, and use RSA keys of at least 1024 bits, preferably 2048 bits (RFC 8301).
    On the receiving side, state your requirements in the reply text, and remember that rejecting mail for this reason goes against the advice of RFC 6376 (section 6.1).

enhanced-x-7-22-name = No valid author-matched DKIM signature found
enhanced-x-7-22-description = The message carries DKIM signatures that pass verification, but none has an identifier that matches the author address in the <code>From</code> header field (RFC 7372, section 3.1). It is a special case of <code>X.7.21</code>, and rejecting mail for this reason also goes against the advice of RFC 6376 (section 6.1).
enhanced-x-7-22-fix-sender =
    Forward the bounce to your mail administrator or provider, because your mail must be signed with DKIM by the domain of your <code>From</code> address.
enhanced-x-7-22-fix-admin =
    If you run the sending domain, sign mail with the domain of the <code>From</code> address (the <code>d=</code> tag of the signature), not only with the domain of your email service.
    Set up every service that sends mail in your name, such as a newsletter or ticket system, to sign with your domain, and publish its keys under your domain.
    On the receiving side, remember that rejecting mail for this reason goes against the advice of RFC 6376 (section 6.1).

enhanced-x-7-23-name = SPF validation failed
enhanced-x-7-23-description = An SPF check of the message produced a “<code>fail</code>” result, and local policy rejects such mail (RFC 7372, section 3.2). It is used with 550 in place of <code>5.7.1</code>, which RFC 7208 (section 8.4) recommends for this case.
enhanced-x-7-23-fix-sender =
    Forward the bounce to your mail administrator or provider, because the server that sent your message is not allowed by the SPF record of your domain.
    If the message went through a forwarding address or another service, tell the administrator which one.
enhanced-x-7-23-fix-admin =
    If you run the sending domain, list every server and service that sends mail with your domain in <code>MAIL FROM</code> in its SPF record, for example with an <code>include</code> mechanism for your provider.
    Publish a single <code>TXT</code> record that starts with “<code>v=spf1</code>”, and keep it within 10 DNS lookups (RFC 7208, section 4.6.4).
    On the receiving side, if mail forwarded by another server fails SPF, allow the forwarders that you trust, or ask them to rewrite the envelope sender, for example with the Sender Rewriting Scheme (SRS).

enhanced-x-7-24-name = SPF validation error
enhanced-x-7-24-description = The SPF evaluation of the message ended in an error: a temporary one, such as a DNS failure, sent with 451, or a permanent one, such as an SPF record that cannot be interpreted, sent with 550 (RFC 7372, section 3.2). It is used in place of <code>4.4.3</code> and <code>5.5.2</code>, which RFC 7208 (sections 8.6 and 8.7) recommends for these results.
enhanced-x-7-24-fix-sender =
    Forward the bounce to your mail administrator or provider, because the SPF record of your domain could not be evaluated.
    If the code is <code>4.7.24</code>, wait: your server retries, and a temporary DNS failure usually passes.
enhanced-x-7-24-fix-admin =
    If you run the sending domain, check the SPF record for syntax errors, for a second record that also starts with “<code>v=spf1</code>” and for more than 10 DNS lookups, each of which makes the result a permanent error (RFC 7208, sections 4.5 and 4.6).
    Check that the name servers of the domain, and of every domain that the record includes, answer reliably, because a timeout makes the result a temporary error.
    On the receiving side, check your own resolver if <code>4.7.24</code> replies concern many domains.

enhanced-x-7-25-name = Reverse DNS validation failed
enhanced-x-7-25-description = The IP address of the SMTP client failed a reverse DNS check, and local policy rejects such clients (RFC 7372, section 3.3). The usual check, <code>iprev</code> (RFC 8601, section 3), looks up the names to which the address maps, and passes only if one of those names maps back to the address.
enhanced-x-7-25-fix-sender =
    Forward the bounce to your mail administrator or provider, because the IP address of the sending server has no matching reverse DNS name.
enhanced-x-7-25-fix-admin =
    If you run the sending server, ask the owner of its IP address, usually the hosting or network provider, for a <code>PTR</code> record that names the server, and publish an <code>A</code> or <code>AAAA</code> record for that name that points back to the same address.
    Make the server announce that name in <code>EHLO</code> (in Postfix, <code>myhostname</code> or <code>smtp_helo_name</code>).
    On the receiving side, Postfix sends this code with <code>reject_unknown_client_hostname</code>, as a temporary 450 when the lookup fails for the moment, so check your resolver if it hits many clients.

enhanced-x-7-26-name = Multiple authentication checks failed
enhanced-x-7-26-description = The message failed more than one message authentication check, contrary to local policy, and the code does not say which mechanisms failed (RFC 7372, section 3.4). When several checks fail, RFC 7372 (section 4) recommends this code over the code of the first one that failed.
enhanced-x-7-26-fix-sender =
    Forward the bounce to your mail administrator or provider, because your mail failed several sender authentication checks, such as SPF, DKIM and DMARC.
enhanced-x-7-26-fix-admin =
    If you run the sending domain, publish a correct SPF record, sign your mail with DKIM with the domain of the <code>From</code> address, and publish a DMARC record.
    Check every service that sends mail with your domain, and test by sending to a mailbox that shows the authentication results of a message.
    On the receiving side, name the failed checks in the reply text where your policy allows it, so that the sender knows what to correct.

enhanced-x-7-27-name = Sender address has null MX
enhanced-x-7-27-description = The domain of the sender address, in <code>MAIL FROM</code> or in the <code>From</code> header field, publishes a null MX record, and the receiver rejects mail from such senders, for example because it could not return a delivery report to them (RFC 7505, section 4.1). Servers should send it as <code>550 5.7.27</code>.
enhanced-x-7-27-fix-sender =
    Send from another address, because the domain of your sender address declares that it receives no mail.
    If the domain is yours, forward the bounce to your mail administrator.
enhanced-x-7-27-fix-admin =
    If you run the sending domain, replace the null MX with <code>MX</code> records that point to servers that accept mail, including bounces, or stop sending with that domain (RFC 7505, section 4.2).
    Check that your applications use a domain that receives mail both in <code>MAIL FROM</code> and in the <code>From</code> header field.
    For a domain that sends no mail at all, keep the null MX, and publish the SPF record “<code>v=spf1 -all</code>” to say so (RFC 7505, section 4.2).

enhanced-x-7-28-name = Mail flood detected
enhanced-x-7-28-description = The message appears to be part of a mail flood of similar abusive messages. The code was registered for draft-levine-mailbomb-header, an Internet-Draft about floods of confirmation mail caused by forged web form submissions, which expired without becoming an RFC.
enhanced-x-7-28-fix-sender =
    Stop sending similar messages to the recipient for a while, and try again later.
    If your website sends confirmation or notification mail, protect its forms against automated submissions, because attackers use such forms to flood a victim’s mailbox.
enhanced-x-7-28-fix-admin =
    If you run the sending system, find the source of the flood, such as an abused web form, and limit the messages that it sends to any one address.
    On the receiving side, lift the block once the flood has stopped, and allow legitimate bulk senders whose mail was caught by it.

enhanced-x-7-29-name = ARC validation failure
enhanced-x-7-29-description = The message failed the validation of its Authenticated Received Chain (ARC), and the validator reports this during the SMTP transaction (RFC 8617, section 5.2.2, an Experimental RFC). Because ARC failures usually come with failures of other authentication mechanisms, a validator may send <code>X.7.26</code> instead.
enhanced-x-7-29-fix-sender =
    Forward the bounce to your mail administrator or provider, because the message failed the check of the authentication chain that forwarding servers add.
    If you sent the message to a mailing list or a forwarding address, tell its operator.
enhanced-x-7-29-fix-admin =
    If you run a mailing list or a forwarder, check that it seals messages with valid ARC header fields and that the keys that it publishes in DNS match its signatures.
    Check that no system changes the message after the last ARC seal, because a change breaks the chain.
    On the receiving side, remember that RFC 8617 is Experimental, and consider judging the message by its other authentication results.

enhanced-x-7-30-name = <code>REQUIRETLS</code> support required
enhanced-x-7-30-description = A message that requires TLS for every hop (the <code>REQUIRETLS</code> extension) could not be forwarded, because none of the servers to which it should go supports <code>REQUIRETLS</code> (RFC 8689, section 4.2.1). The sending server reports it in the non-delivery notification that it must then send to the return path.
enhanced-x-7-30-fix-sender =
    Send the message again without requiring TLS for every hop, if its content allows it, or reach the recipient in another way.
    Tell the recipient that their mail servers do not support <code>REQUIRETLS</code>.
enhanced-x-7-30-fix-admin =
    If you run the destination, support <code>REQUIRETLS</code> on its <code>MX</code> hosts, with <code>STARTTLS</code> and a certificate that senders can verify, for example through DANE or MTA-STS (in Postfix 3.11 and later, <code>requiretls_enable</code>).
    If your server returned the message, check its log for the servers that it tried, and check that its <code>REQUIRETLS</code> policy is the one you intend (<code>smtp_requiretls_policy</code> in Postfix).
