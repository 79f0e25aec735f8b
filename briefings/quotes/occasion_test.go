package quotes

import "testing"

// A participle cue after a short phrase of occasion (", at one point
// calling", ", at times describing") still qualifies the main clause:
// its speaker is that clause's subject.
func TestParticipleAfterPhraseOfOccasion(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{
			name: "at one point",
			text: `The coach paced the sideline for most of the game, at one point calling the referee a "disgrace" to the sport.`,
			want: `the referee a "disgrace" to the sport by The coach`,
		},
		{
			name: "at times",
			text: `Ms. Ferreira spoke to the crowd for an hour, at times describing the mill's closing as "a slow betrayal."`,
			want: `the mill's closing as "a slow betrayal." by Ms. Ferreira`,
		},
	})
}
