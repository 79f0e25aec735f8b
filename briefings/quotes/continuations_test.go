package quotes

import "testing"

// ", but" and a word of contrast ("rather", "instead", "not", "only")
// after a reported clause, or after "not only" in it, go on with what was
// said; after an object, or before another subject, they are the
// speaker's or the narrator's.
func TestRulesContrastGoesOn(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{"rather", "The planner argued that the fee was not a tax, but rather a charge for the service.",
			"that the fee was not a tax, but rather a charge for the service by The planner"},
		{"instead", "The auditor said the board did not cut the budget, but instead raised it twice.",
			"the board did not cut the budget, but instead raised it twice by The auditor"},
		{"not only", "The mayor said the town needs not only new roads, but also two schools.",
			"the town needs not only new roads, but also two schools by The mayor"},
		{"but not", "The nurse said the rule should cover the big clinics, but not the small ones.",
			"the rule should cover the big clinics, but not the small ones by The nurse"},
		{"but only", "The chef said the menu would change every week, but only in small ways.",
			"the menu would change every week, but only in small ways by The chef"},
		{"but never", "The envoy said both sides are ready to talk, but never to yield.",
			"both sides are ready to talk, but never to yield by The envoy"},
		// After an object the contrast is the speaker's predicate.
		{"object", "The senator praised the bill, but also used it to attack her rival.",
			"the bill by The senator"},
		{"object only", "The pilot agreed to a short meeting, but only to repeat his demands.",
			"a short meeting by The pilot"},
		// Another clause after ", but" is not part of the statement.
		{"new clause", "The coach said the team played well, but the fans left early.",
			"the team played well by The coach"},
		{"inverted", "The clerk said the office warned the driver, but not only did he ignore it, he drove faster.",
			"the office warned the driver by The clerk"},
	})
}

// A record's finding keeps its contrast after ", while"; a person's
// statement, a participle or another speaker's clause after it does not.
func TestRulesEvidenceContrast(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{"found", "The survey found that most renters pay the levy, while most owners pay far less.",
			"that most renters pay the levy, while most owners pay far less by The survey"},
		{"shows", "The new poll shows the mayor ahead by six points, whereas the spring poll had her behind.",
			"the mayor ahead by six points, whereas the spring poll had her behind by The new poll"},
		{"said", "The planner said most renters favor the levy, while most owners oppose it.",
			"most renters favor the levy by The planner"},
		{"other speaker", "The survey found that most renters favor the levy, while the mayor said the count was wrong.",
			"that most renters favor the levy by The survey"},
	})
}

// A reported clause goes on past ", but" with a second predicate of its
// own subject, past ", though" with a concession that has no verb or no
// speech of its own, and past "and" with a second verb of belief or wish
// in its own tense; a verb of speech, an object before, or a change of
// tense leaves the rest to the speaker.
func TestRulesReportedClauseGoesOn(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{"but predicate", "The farmer said the new rule was fair, but needed more time to work.",
			"the new rule was fair, but needed more time to work by The farmer"},
		{"but speech", "The farmer said the new rule was fair, but declined to say more.",
			"the new rule was fair by The farmer"},
		{"but object", "The farmer praised the new rule, but criticized its cost.",
			"the new rule by The farmer"},
		{"though verbless", "The guide said the trail was steep, though not dangerous.",
			"the trail was steep, though not dangerous by The guide"},
		{"though clause", "The guide said the trail was steep, although the views are worth it.",
			"the trail was steep, although the views are worth it by The guide"},
		{"though speech", "The guide said the trail was steep, though she did not say how steep.",
			"the trail was steep by The guide"},
		{"though object", "The council endorsed the budget, although the members had doubts.",
			"the budget by The council"},
		{"and wanted", "The tailor said he was fond of the old bakery and wanted it reopened.",
			"he was fond of the old bakery and wanted it reopened by The tailor"},
		{"and expects", "The coach says he is proud of his team and expects to win again.",
			"he is proud of his team and expects to win again by The coach"},
		{"and promised", "The coach said he admired the referee and promised to thank him.",
			"he admired the referee by The coach"},
		{"and tense", "The driver says he earns little and wanted a raise.",
			"he earns little by The driver"},
	})
}

// A relative aside in a stance's object does not end the content when
// the clause resumes after it with "as" or a quotation that opens with
// the predicate.
func TestRulesAsideResumes(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{"as", "The host recalled the old mayor, who retired last spring, as “a patient listener.”",
			"the old mayor … as “a patient listener.” by The host"},
		{"quotation", "The flyer says that the new doctor, who moved here in June, “is the best we have.”",
			"that the new doctor … “is the best we have.” by The flyer"},
		{"as soon as", "The firm plans to open the new store, which sells shoes, as soon as May.",
			"to open the new store by The firm"},
		// A relative at the end is the narrator's comment.
		{"end", "The host praised the old mayor, who retired last spring.",
			"the old mayor by The host"},
	})
}
