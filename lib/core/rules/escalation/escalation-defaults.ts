// Shipped playbook values the escalation rules share: the case record type and the cancellation markers.
export const ESCALATIONS = 'Escalations';

/** "Cancel" matches the seed's "Cancelation" and the usual "Cancellation". */
export const CANCELLATION = ['Cancel'];
