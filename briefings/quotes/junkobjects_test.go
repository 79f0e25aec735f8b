package quotes

import "testing"

// TestJunkSayObjects: a say verb whose content would be an aside's
// trailer, a bare pronoun or an idiom frames nothing said.
func TestJunkSayObjects(t *testing.T) {
	runFalseAlarmCases(t, []falseAlarmCase{
		{"aside at the start", "Her father grew up in the valley, as she said at the start, and the crowd cheered.", "said"},
		{"aside on a show", "The vote is close, as the mayor said on a local radio show on Tuesday, and that raises the stakes for both sides.", "said"},
		{"aside with a dash", "The dam is old - as the engineer said during the hearing - but it still holds.", "said"},
		{"said it", "We must fix the roads. There, I said it.", "said"},
		{"said them", "The councilman took back his words a week after he said them, but the harm was done.", "said"},
		{"easier said", "Cutting the budget is easier said than done.", "said"},
		{"gap on stage", "Nothing in the report was as damaging as anything the senator said on stage to defend his record.", "said"},
		{"gap in an interview", "What the mayor said in the interview was a plea for calm.", "said"},
	})
}

// TestJunkSayObjectControls: the same verbs where they do frame a
// statement.
func TestJunkSayObjectControls(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"aside opening the sentence", "As the mayor said on Tuesday, the bridge will close in May.", "said", "the bridge will close in May", "the mayor"},
		{"aside with that", "The plan failed, as the auditor said in a report that the agency had overspent.", "said", "that the agency had overspent", "the auditor"},
		{"gap about a topic", "The film is worth a look for the things it says about the town more than for its plot.", "says", "the town more than for its plot", "it"},
		{"said so", "Most voters liked the plan, and half of them said so.", "said", "so", "half of them"},
	})
}

// TestJunkSayTitle: a title after "said in his book," names the book; the
// statement is the clause before the cue, and the title is no part of it.
func TestJunkSayTitle(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"book title", "The war of 1975 ended their hopes of going back, Mr. Ortiz said in his 2009 book, ''A Long Way Home.'' So they stayed.", "said", "The war of 1975 ended their hopes of going back", "Mr. Ortiz"},
		{"memoir title", "The war ended hopes of going back, Ms. Vela wrote in her memoir, \"Salt and Stone.\" So they stayed.", "wrote", "The war ended hopes of going back", "Ms. Vela"},
		// Control: a quotation that goes on in lower case is said.
		{"resumed quotation", "\"We lost the farm,\" Ms. Lee said in her book, \"and never got it back.\"", "said", "\"We lost the farm,\" … \"and never got it back.\"", "Ms. Lee"},
	})
}
