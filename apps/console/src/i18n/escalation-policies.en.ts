// Escalation policies admin page, English (spread into `dondoc`).
export const escalationPoliciesEnglish = {
  escalation_policies: {
    name: 'Escalation policies',
    menu: 'Escalation policies',
    create_title: 'Add an escalation policy',
    edit_title: 'Edit policy "%{name}"',
    empty: 'No policy yet: plans use the default policy (T−5, T−1, T+0, T+3).',
    fields: {
      name: 'Policy name',
      description: 'Description',
      sendAt: 'Send time',
      steps: 'Steps',
      offsetDays: 'Working days from the deadline',
      audience: 'Recipient',
      usedBy: 'In use',
    },
    steps_help: 'Negative: before the deadline (reminder); 0: at the breach; positive: after it (escalation). Steps in time order.',
    send_at_help: 'Vietnam time, HH:MM',
    send_at_invalid: 'Send time must look like HH:MM',
    audiences: {
      owner: 'Assignee',
      unitHead: 'Head of unit',
      leaderInCharge: 'Leader in charge',
      chairman: 'Chairman (or acting chairman)',
    },
    kinds: { reminder: 'reminder', overdue: 'overdue notice', escalation: 'escalation' },
  },
};
