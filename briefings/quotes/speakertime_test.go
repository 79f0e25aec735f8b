package quotes

import "testing"

// A stretch of time is not a speaker: after "later" or "ago" the
// subject follows it, and "<time> after <participle>," opens the
// sentence like "After <participle>,".
func TestSpeakerNotATimeStretch(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"later", "A few hours later the aides reversed course, rushed everyone inside and said they would wait.", "said", "the aides"},
		{"after participle", "Two weeks after praising the plan, the mayor said it had failed.", "praising", "the mayor"},
		{"years after", "Six years after backing the levy, the farmer now regrets that vote.", "backing", "the farmer"},
	})
}

// A fronted participle's subject may be followed by an aside before its
// verb: "Recalling …, Ann Cole, who …, said".
func TestSpeakerFrontedBeforeAside(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"relative", "Recalling that evening, Ann Cole, who ran the campaign for years, said the senator would fold.", "Recalling", "Ann Cole"},
		{"appositive", "Recalling that evening, Ann Cole, the campaign's manager, said the senator would fold.", "Recalling", "Ann Cole"},
	})
}

// A phrase placing the statement after ", but" or "and" ("but in a
// later interview stated") is not the subject of the cue.
func TestSpeakerOccasionAfterConj(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"interview", "Lee first denied the report, but in a later interview stated he had deleted the files.", "stated", "Lee"},
	})
}

// A verb after "and" shares the subject of the clause, not that of an
// embedded question before it ("what she wanted", "how they planned").
func TestSpeakerNotEmbeddedQuestion(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"what", "Mara kept asking herself what she hoped to make, moved to the coast and wrote a guide for new owners.", "wrote", "Mara"},
	})
}
