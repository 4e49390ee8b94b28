#!/usr/bin/env perl
# Sisimai's reading of SMTP replies, for bench/explain-vs-sisimai.sh: the
# reply code of Sisimai::SMTP::Reply->find and the enhanced status code of
# Sisimai::SMTP::Status->find, each called on the whole text with one
# argument and `|| ''`, as Sisimai's own parsers call them on a
# Diagnostic-Code value (Sisimai 4: Sisimai::Data, Sisimai::Lhost::*).
#
# Usage: perl bench/sisimai_find.pl --tsv replies.tsv
#          one line "basic<TAB>enhanced" per data row of the labelled corpus,
#          its `input` column unescaped (\n \r \t \\, left to right)
#        perl bench/sisimai_find.pl --lines < FILE
#          one line "basic<TAB>enhanced" per input line
# Texts are read as bytes, as Sisimai reads a mail.
use strict;
use warnings;
use Sisimai::SMTP::Reply;
use Sisimai::SMTP::Status;

my %escape = ('n' => "\n", 'r' => "\r", 't' => "\t", '\\' => '\\');

sub codes {
    my $text = shift;
    my $basic    = Sisimai::SMTP::Reply->find($text)  || '';
    my $enhanced = Sisimai::SMTP::Status->find($text) || '';
    return "$basic\t$enhanced\n";
}

my $mode = shift @ARGV // '';
if ($mode eq '--tsv') {
    my $path = shift @ARGV or die "usage: $0 --tsv replies.tsv\n";
    open my $in, '<:raw', $path or die "$path: $!\n";
    my $header = <$in>;
    die "$path: the first column is not `input`\n" unless $header =~ /\Ainput\t/;
    while (my $row = <$in>) {
        chomp $row;
        my ($input) = split /\t/, $row, 2;
        $input =~ s{\\(.)}{$escape{$1} // die "$path:$.: unknown escape \\$1\n"}ge;
        print codes($input);
    }
} elsif ($mode eq '--lines') {
    binmode STDIN, ':raw';
    while (my $line = <STDIN>) {
        chomp $line;
        print codes($line);
    }
} else {
    die "usage: $0 --tsv replies.tsv | --lines < FILE\n";
}
