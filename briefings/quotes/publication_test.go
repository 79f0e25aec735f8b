package quotes

import "testing"

// A body that issues, releases or publishes a document with a determiner
// states what it holds: the publisher is the speaker and the document the
// content, or, after a document and a participle of speech, what the
// participle governs.
func TestPublicationCues(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"object", "The water board has not yet released its findings.", "has not yet released", "its findings", "The water board"},
		{"report", "The auditors issued a report that faulted the contractor for the delays.", "issued", "a report that faulted the contractor for the delays", "The auditors"},
		{"statement saying", "The ferry company released a statement Tuesday saying the crossing would stay shut.", "released a statement Tuesday saying", "the crossing would stay shut", "The ferry company"},
		{"statement calling", "The club issued a statement calling the fine unfair.", "issued a statement calling", "the fine unfair", "The club"},
		{"letter urging", "Forty nurses published an open letter urging the hospital to hire more staff.", "published an open letter urging", "the hospital to hire more staff", "Forty nurses"},
	})
}

// A passive, a modifier or an object with no determiner is no
// publication of a statement.
func TestPublicationFalseAlarms(t *testing.T) {
	runFalseAlarmCases(t, []falseAlarmCase{
		{"passive", "The findings were released on Monday after a long delay.", "released"},
		{"modifier", "The newly released figures were lower than expected.", "released"},
		{"no determiner", "The court issued subpoenas to three contractors.", "issued"},
		// The object's own verb of saying carries the statement.
		{"document that says", "The league released a memo from its referees on Monday that says the goal should have stood.", "released"},
		{"by announcing", "The site published the results of its review by announcing that the claim was false.", "published"},
	})
}
