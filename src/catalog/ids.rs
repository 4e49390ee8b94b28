//! The closed sets of identifiers a data file uses (`retry`, `actor`,
//! `phases`, `context`), each with the string it is written as.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Defines a closed set of identifiers read from data files, with the string
/// each one is written as.
macro_rules! identifiers {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant,)+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Every value as written, in declaration order.
            pub const NAMES: &'static [&'static str] = &[$($text),+];

            /// The identifier as written in data files and message ids.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

identifiers! {
    /// What a client does with a reply: RFC 5321 section 4.2.1.
    Retry {
        /// 2yz: the request is done.
        Completion = "completion",
        /// 3yz: the client must send more.
        Intermediate = "intermediate",
        /// 4yz: try again later.
        Transient = "transient",
        /// 5yz: do not repeat the request unchanged.
        Permanent = "permanent",
    }
}

identifiers! {
    /// Who has to act after the reply.
    Actor {
        /// Nobody: the reply reports success.
        None = "none",
        /// The client software, without a person.
        Client = "client",
        /// Whoever configures or writes the client.
        ClientOperator = "client-operator",
        /// The sender of the message.
        Sender = "sender",
        /// The operator of the server that replied.
        ServerOperator = "server-operator",
    }
}

identifiers! {
    /// The part of an SMTP session in which a reply appears.
    Phase {
        /// The greeting or the end of the connection.
        Connection = "connection",
        /// A reply to any command.
        AnyCommand = "any-command",
        /// HELP, VRFY, EXPN, NOOP.
        Query = "query",
        /// The STARTTLS negotiation.
        Starttls = "starttls",
        /// The AUTH exchange.
        Auth = "auth",
        /// MAIL FROM and RCPT TO.
        Transaction = "transaction",
        /// DATA and the end of the message.
        Data = "data",
        /// ETRN and ATRN: asking for queued mail.
        Turn = "turn",
    }
}

identifiers! {
    /// The specification or extension in which a code is used.
    Context {
        /// SMTP itself (RFC 5321, RFC 7504).
        Core = "core",
        /// SMTP AUTH (RFC 4954).
        Auth = "auth",
        /// STARTTLS (RFC 3207).
        Starttls = "starttls",
        /// The SIZE extension (RFC 1870).
        Size = "size",
        /// SMTPUTF8 (RFC 6531).
        Smtputf8 = "smtputf8",
        /// Remote message queue starting, ETRN (RFC 1985).
        Etrn = "etrn",
        /// On-Demand Mail Relay (RFC 2645).
        Odmr = "odmr",
    }
}
