package quotes

import "testing"

// "attacking" after a comma opens a participle clause whose speaker is
// the main clause's subject, and its target ends before a clause saying
// why or when and before a second participle. A fronted "ever since"
// clause is subordinate, so its subject is not the participle's.
func TestRulesCommaAttacking(t *testing.T) {
	runContentCases(t, []contentCase{
		{"After the vote in May, Ms. Ortiz has been a tireless ally of the governor, attacking Mr. Dunn and touring the coast to raise money.",
			"Mr. Dunn by Ms. Ortiz"},
		{"Dunn on the ropes, attacking reporters as questions mount",
			"reporters by Dunn"},
		{"Lopez hit back on Monday, attacking Dunn for \"the bluster and the dodges\" of his race and loudly questioning his record.",
			"Dunn for \"the bluster and the dodges\" of his race by Lopez"},
		{"Ever since he endorsed the mayor, Mr. Haines has kept a low profile, saying he needs time with his family.",
			"he needs time with his family by Mr. Haines"},
	})
}

// A negated "return" before a short object and "for comment" is the
// stock line of an unanswered request; what was not returned is the
// content, as after "did not respond to". A date after it dates the
// request going unanswered, not the request (dateAdjunctAt).
func TestRulesUnreturnedRequest(t *testing.T) {
	runContentCases(t, []contentCase{
		{"Ms. Lyle's aide never returned two voicemails for comment on Tuesday.",
			"two voicemails for comment by Ms. Lyle's aide"},
		{"The Ortiz campaign has not immediately returned a call for comment about the flood money.",
			"a call for comment about the flood money by The Ortiz campaign"},
	})
}

// "yet" after a negation stands between a subject and its cue as "not"
// does: "has not yet responded to" governs its object like "has not
// responded to".
func TestRulesNotYetResponded(t *testing.T) {
	runContentCases(t, []contentCase{
		{"Mayor Kim has not yet replied to the auditor's findings, though her office promised a statement.",
			"the auditor's findings by Mayor Kim"},
	})
}
