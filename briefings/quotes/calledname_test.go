package quotes

import "testing"

// TestCalledInFreeRelative holds "what X called “…”": the quoted name
// is all that was called, and the sentence goes on past its closing
// mark with the clause the free relative stands in.
func TestCalledInFreeRelative(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"then a verb", "The row over what two former clerks have called a “rigged lottery” grew louder at a council meeting in March.", "called", "a “rigged lottery”", "two former clerks"},
		{"then an appositive", "In 2012, under what Mr. Dorsey called “the old family plan,” the Pine Hollow club let outsiders play for a fee.", "called", "“the old family plan,”", "Mr. Dorsey"},
		{"then a phrase", "The shift began what one aide called “a quiet turn to the cities” in her memoir about the campaign.", "called", "“a quiet turn to the cities”", "one aide"},
		{"comma closes the name", "The new law freed lenders to form what they called “money malls,” one-stop shops for loans and stocks.", "called", "“money malls,”", "they"},
		// freeRelativeOwner gives the statement to the clause's subject;
		// the content still ends at the mark.
		{"the subject speaks", "The coach would rather lose what he called “pretty games” than win ugly ones.", "called", "“pretty games”", "The coach"},
		{"quoted word before its noun", "The board froze what it calls the “rigged” count of ballots from the east.", "calls", "the “rigged” count of ballots from the east", "it"},
	})
}
