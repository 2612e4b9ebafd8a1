# Installed by test/helpdesk/rt/setup-rt.sh as
# /etc/request-tracker5/RT_SiteConfig.d/99-ringdesk.pm (read after Debian's
# 50-debconf.pm and 51-dbconfig-common.pm, so it wins).
# It is read again at every RT start, so each test run passes its own port and
# data directory through the environment (see rt-server.ts):
#   RINGDESK_RT_PORT  port rt-server listens on (links are built from it)
#   RINGDESK_RT_DATA  per-run directory: rt.sqlite, mason cache, sessions, mail
# Without them RT keeps Debian's database on port 8090.

my $port = $ENV{RINGDESK_RT_PORT} || 8090;
Set($WebDomain, '127.0.0.1');
Set($WebPort, $port);
Set($WebPath, '/rt');
Set($WebBaseURL, "http://127.0.0.1:$port");
Set($WebURL, "http://127.0.0.1:$port/rt/");

if (my $data = $ENV{RINGDESK_RT_DATA}) {
    Set($DatabaseType, 'SQLite');
    Set($DatabaseName, "$data/rt.sqlite");
    Set($MasonDataDir, "$data/mason_data");
    Set($MasonSessionDir, "$data/session_data");
    # Outgoing mail (mbox, below) lands in RT's var dir: keep it per run too.
    $RT::VarPath = $data;
}

# No MTA in tests: outgoing mail is appended to mbox files in RT's var dir.
Set($MailCommand, 'mbox');

# Every authenticated REST2 request bcrypts the token or password; RT's default
# cost (12) makes that ~300 ms a request, cost 8 ~20 ms. Only for tests.
Set($BcryptCost, 8);

# The test bed reads RT's complaints from rt-server's stderr.
Set($LogToSTDERR, 'warning');
Set($LogToSyslog, undef);
Set($LogToFile, undef);

1;
