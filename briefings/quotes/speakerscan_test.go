package quotes

import "testing"

// A fronted adverb or participle that opens the sentence ("Arriving …,",
// "Most notably,") is no subject: a participle or a
// second verb later in the sentence is the main clause subject's.
func TestSpeakerAfterOpeningModifier(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"participle opener", "Arriving after cheering crowds had left the square, Ana Ortiz, 61, said the trial would resume but added that the jury was tired.", "added", "Ana Ortiz"},
		{"most notably", "Most notably, Mr. Brandt then saw his sales fall after praising the merger.", "praising", "Mr. Brandt"},
	})
}

// A stretch of time or a prepositional phrase between a subject and its
// verb is an aside, not the subject: the subject before it speaks.
func TestSpeakerPastAside(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"time after an auxiliary", "The inspectors have this week faulted the bakery, noting that its ovens lacked permits.", "faulted", "The inspectors"},
		{"time after who", "The treasurer, who last month promised to publish the ledger, kept silent at the meeting.", "promised", "who"},
		{"time after a name", "After Dr. Okafor a week later disclosed that the clinic would shut, patients lined the street.", "disclosed", "Dr. Okafor"},
		{"phrase after who", "The senior auditor, who in three earlier memos had made clear that the pension fund was short, retired on Friday.", "made clear", "who"},
	})
}

// A name set off by commas after a participle's object is the subject's
// own name: in "a spokesman for the union backing Mayor Hale, Omar Diaz,
// said", Omar Diaz speaks, not Mayor Hale.
func TestSpeakerNameAfterParticipleObject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"backing", "A spokesman for the union backing Mayor Ruth Hale, Omar Diaz, criticized the board's plan to cut bus routes.", "criticized", "Omar Diaz"},
		{"supporting", "A farmer supporting Senator Bell, Rosa Kim of Elm Valley Co-op, said the drought had cut her harvest in half.", "said", "Rosa Kim"},
	})
}
