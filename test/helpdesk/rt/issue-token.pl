# Prints a new REST2 auth token for a user: perl issue-token.pl USER DESCRIPTION
# RT 5 has no REST endpoint that creates tokens (only the web UI), so the test
# bed makes one through RT's own API, in the database RINGDESK_RT_DATA names.
use strict;
use warnings;
use lib '/usr/share/request-tracker5/lib';
use RT;

my ($name, $description) = @ARGV;
die "usage: issue-token.pl USER DESCRIPTION\n" unless defined $description;

RT::LoadConfig();
RT::Init();

my $user = RT::User->new(RT->SystemUser);
$user->Load($name);
die "issue-token.pl: no RT user named '$name'\n" unless $user->id;

my ($id, $message, $token) = RT::AuthToken->new(RT->SystemUser)->Create(
    Owner       => $user->id,
    Description => $description,
);
die "issue-token.pl: RT refused a token for '$name': $message\n" unless $id;
print "$token\n";
