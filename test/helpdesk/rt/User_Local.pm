# Installed by test/helpdesk/rt/setup-rt.sh as
# /usr/local/share/request-tracker5/lib/RT/User_Local.pm.
# REST2 only searches user columns marked public; the phone columns are not, and
# a search on one is then silently dropped (every user comes back). Marking them
# public is what lets a template find a caller by number. Side effect: every
# privileged user can read the phone columns through REST2.
package RT::User;

use strict;
use warnings;
no warnings qw(redefine);

sub _LocalAccessible {
    return { map { $_ => { public => 1 } } qw(WorkPhone HomePhone MobilePhone PagerPhone) };
}

1;
