# RT initialdata (docs: /usr/share/doc/request-tracker5/initialdata.pod.gz)
# loaded by setup-rt.sh into the pristine database, after RT's own initial
# data (which creates the queue General). root's password is set by setup-rt.sh.
# rt-server.ts exports the same names and numbers as `seededDesk` for the tests.

@Users = (
    {
        Name         => 'agent1',
        RealName     => 'Alice Agent',
        EmailAddress => 'alice@example.test',
        Password     => 'password',
        Privileged   => 1,
    },
    {
        Name         => 'agent2',
        RealName     => 'Bob Agent',
        EmailAddress => 'bob@example.test',
        Password     => 'password',
        Privileged   => 1,
    },
    {
        Name         => 'carl@customer.test',
        RealName     => 'Carl Contact',
        EmailAddress => 'carl@customer.test',
        Organization => 'Customer Inc',
        WorkPhone    => '+15551230001',
        MobilePhone  => '+15559990001',
    },
    {
        Name         => 'dana@customer.test',
        RealName     => 'Dana Doe',
        EmailAddress => 'dana@customer.test',
        HomePhone    => '+15551230002',
    },
);

# New agents have no queue rights; a group carries them so a test can add an agent.
@Groups = (
    {
        Name        => 'Support agents',
        Description => 'Agents who take calls (Ringdesk test bed)',
        Members     => { Users => [qw(agent1 agent2)] },
    },
);

@ACL = (
    {
        Right       => [qw(SeeQueue ShowTicket CreateTicket ReplyToTicket CommentOnTicket
                           ShowTicketComments OwnTicket ModifyTicket Watch)],
        GroupDomain => 'UserDefined',
        GroupId     => 'Support agents',
        Queue       => 'General',
    },
);

1;
