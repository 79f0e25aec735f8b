package quotes

import "testing"

// A label in capitals before a headline in title case and a list set
// out under names are no turns of speech: before a headline in sentence
// case the label speaks, and a body paragraph's "Name:" speaks only
// when a clause follows (or in an interview).
func TestColonLabels(t *testing.T) {
	runFalseAlarmCases(t, []falseAlarmCase{
		{"capitals label", "NOT AGAIN: Town Board Quietly Doubles Parking Fines\n\nThe board voted on Tuesday to raise the fines.", ":"},
		{"capitals clause label", "DEAL IS OFF: Harbor Lease Talks Collapse\n\nTalks over the harbor lease ended on Friday.", ":"},
		{"goals under names", "What each hopeful needs on Tuesday.\n\nAlvarez: Hold the lead.\n\nBrennan: A late surge.\n\nCorbin: Last chance in the west.", ":"},
		{"names under a state", "The panel, by state, is below.\n\nOregon: Ann Roe, Ben Poe, Carl Doe.\n\nIdaho: Dee Fox, Ed Moy.", ":"},
	})
	runSpeechCueCases(t, []speechCueCase{
		{"label before a sentence-case headline", "UPI: Port authority paid consultants twice\n\nThe port authority paid two consultants twice last year.", ":", "Port authority paid consultants twice", "UPI"},
		{"turn with a contraction", "Reading list.\n\nDana Ruiz: I’m No Fan Of The Levy.\n\nNext week.", ":", "I’m No Fan Of The Levy", "Dana Ruiz"},
		{"turn with a clause", "The panel talked about the levy.\n\nMarsh: Well, a tax is never popular.\n\nOkafor: We voted for it anyway.", ":", "Well, a tax is never popular", "Marsh"},
	})
}

// The source after "according to" runs over a possessive after "of" and
// stops before the subject of a relative clause without "that".
func TestAccordingSourcePhrase(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"possessive after of", "Most of the trips were paid by donors, according to a review of her travel diaries.", "according to", "Most of the trips were paid by donors", "a review of her travel diaries"},
		{"relative without that", "The mayor holds shares in two utilities, according to new filings she submitted to the board.", "according to", "The mayor holds shares in two utilities", "new filings"},
	})
}
