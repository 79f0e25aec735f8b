package quotes

import "testing"

// TestPersonOnlyObject holds "asked" and "called" whose only object is
// a name or a pronoun, with at most a time after it: the one phoned or
// asked, or the name given to a group, not anything said.
func TestPersonOnlyObject(t *testing.T) {
	runFalseAlarmCases(t, []falseAlarmCase{
		{"phoned a name", "Two days later, Mr. Ruiz called Marta Quillen. Her brother had been released.", "called"},
		{"group named", "A small club called Porch Lights Forward, run by two retired teachers, is raising money for the library.", "called"},
		{"asked a name", "The records surfaced only after the auditor asked Delacroix.", "asked"},
		{"asked them at a time", "The bank changed its filings after a local paper asked them in June.", "asked"},
	})
}

// TestPersonOnlyObjectControls are "called" and "asked" with something
// said after the person, which the check above must leave alone.
func TestPersonOnlyObjectControls(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"called a name a thing", "The mayor called Ortega a coward.", "called", "Ortega a coward", "The mayor"},
		{"called it quoted", "The senator called it “a disgrace.”", "called", "it “a disgrace.”", "The senator"},
		{"asked whether", "The reporter asked Delacroix whether the plan was dead.", "asked", "whether the plan was dead", "The reporter"},
	})
}
