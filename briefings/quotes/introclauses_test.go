package quotes

import "testing"

// A cue inside a sentence's opening phrase ("On the mayor's claim that
// planners agree with him,", "Despite what he told the council,") stops
// at the comma that closes the phrase: the subject and verb of saying
// after it make the sentence's own statement, which is not reported
// speech inside the opening cue's content.
func TestOpeningPhraseCueStopsAtMainClause(t *testing.T) {
	checkQuotes(t, []wantQuote{
		{
			name: "relative clause in a prepositional opener",
			text: `On the mayor's claim that there are planners who agree with him, Okafor said she thinks "a few may be saying so. But the ones who work on it know better."`,
			want: `she thinks "a few may be saying so. But the ones who work on it know better." by Okafor`,
		},
		{
			name: "despite what he told",
			text: `Despite what he told the council about the budget, Okafor said he "may still vote for it because nothing better is on offer."`,
			want: `he "may still vote for it because nothing better is on offer." by Okafor`,
		},
		{
			name: "plural subject of the opener's verb",
			text: `On the report that farmers agree with the tariff, Lindqvist said she doubts "more than a handful would sign their names to it."`,
			want: `she doubts "more than a handful would sign their names to it." by Lindqvist`,
		},
	})
}

// The opening phrase may be a participle's ("Courted by …") or follow an
// adverb ("Shortly after …"); the statement after its comma is the main
// clause's.
func TestParticipleOpenerCueStopsAtMainClause(t *testing.T) {
	checkQuotes(t, []wantQuote{
		{
			name: "soon after a passive cue",
			text: `Soon after Ortega was declared the nominee late Friday, Brandt promised donors on a call that she means to take the last "two primaries outright."`,
			want: `that she means to take the last "two primaries outright." by Brandt`,
		},
		{
			name: "participle opener",
			text: `Praised by both unions and widely expected to endorse the governor, Adelman said on Monday that he "may hold off until the spring" before choosing.`,
			want: `that he "may hold off until the spring" before choosing by Adelman`,
		},
	})
}
