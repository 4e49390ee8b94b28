//! `explain` on arbitrary bytes: one reply, and a log of records.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtpkb::explain;

fuzz_target!(|data: &[u8]| {
    let found = explain::find(data, |code| code % 2 == 0);
    if let Some(primary) = found.primary {
        assert!(primary < found.replies.len());
    }
    explain::each(
        data,
        &|code| code % 2 == 0,
        |_| -> Result<(), explain::ReadError> { Ok(()) },
    )
    .unwrap();
});
