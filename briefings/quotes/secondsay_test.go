package quotes

import "testing"

// A second verb of saying after a parenthetical cue ("…,” she said,
// adding, “…”") takes the quotation after it: the first cue keeps only
// the quotation before it, and the participle gets its own statement.
func TestSecondSayVerbTakesTheQuotation(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"said keeps the first", "The mill will close in May.\n\n“We have lost our biggest buyer,” the owner said, adding, “Nobody saw this coming.”",
			"said", "“We have lost our biggest buyer,”", "the owner"},
		{"adding takes the second", "The mill will close in May.\n\n“We have lost our biggest buyer,” the owner said, adding, “Nobody saw this coming.”",
			"adding", "“Nobody saw this coming.”", "the owner"},
		{"after an indirect clause", "The vote is set, Moreno said, adding, “We expect to win.”",
			"said", "The vote is set", "Moreno"},
		{"adding of someone", "“We lost,” the owner said, adding of the mayor, “She did her best.”",
			"said", "“We lost,”", "the owner"},
		{"but added", "“The rent is too high,” the tenant said, but added of the landlord, “He has been fair.”",
			"said", "“The rent is too high,”", "the tenant"},
		// Control: a quotation that resumes after the speaker's appositive
		// is still the first cue's.
		{"appositive control", "“The budget is tight,” said Ana Ortiz, director of the agency, “but we will manage.”",
			"said", "“The budget is tight,” … “but we will manage.”", "Ana Ortiz"},
	})
}
