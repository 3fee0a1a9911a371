/** Dutch: Team Uthiek's review of a decision not to follow advice, and the escalation line. */
export const review = {
  'review.title': 'Besluit om advies niet te volgen: {id}',
  'review.intro.decision':
    '{lead} heeft een besluit over het advies vastgelegd en volgt (een deel van) het advies niet. Lees de redenen en accepteer het besluit, of escaleer het naar de escalatielijn.',
  'review.intro.item':
    '{lead} heeft een adviespunt op "niet gevolgd" gezet. Lees de reden en accepteer het besluit, of escaleer het naar de escalatielijn.',
  'review.item': 'Adviespunt {n}, niet gevolgd',
  'review.reason': 'Reden van de projectleider',
  'review.overall.adopt': 'De projectleider neemt het advies als geheel over.',
  'review.overall.partly': 'De projectleider neemt het advies als geheel deels over.',
  'review.overall.not': 'De projectleider neemt het advies als geheel niet over.',
  'review.overallNone': 'Er is nog geen besluit over het advies als geheel.',
  'review.accept': 'Besluit accepteren',
  'review.confirmAccept': 'Accepteren bevestigen',
  'review.escalate': 'Escaleren',
  'review.confirmEscalate': 'Escalatie vastleggen',
  'review.note': 'Toelichting (niet verplicht)',
  'review.level': 'Naar welk niveau van de escalatielijn?',
  'review.accepted': 'Besluit geaccepteerd door {who} op {date}.',
  'review.escalated': 'Geëscaleerd naar {level} door {who} op {date}.',
  'review.mention': 'een besluit om advies niet te volgen ({id}) wacht op je beoordeling.',
  'review.toHandler':
    'Omdat je het advies niet volgt, legt Team Uthiek je besluit voor aan de behandelaar. Die accepteert het of legt het voor aan de escalatielijn; je hoort hoe.',
  'review.notMember': 'Alleen Team Uthiek beoordeelt een besluit om advies niet te volgen. Er is niets gewijzigd.',
  'review.error.level': 'Kies een niveau van de escalatielijn.',
  'review.error.note': 'De toelichting is te lang (maximaal {max} tekens).',
  'review.lead.title': 'Je besluit over het advies van {id} is beoordeeld',
  'review.lead.accepted': 'Team Uthiek heeft je besluit geaccepteerd en vastgelegd.',
  'review.lead.escalated':
    'Team Uthiek heeft je besluit om het advies niet te volgen voorgelegd aan {level}. Je hoort van hen als er iets van je nodig is.',
} satisfies Record<string, string>;
