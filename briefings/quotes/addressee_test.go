package quotes

import "testing"

// A verb that takes an addressee ("told", "was telling", "warned") may
// name where or when the telling happened before "that": the addressee
// and those phrases are not what was said, however long they run, as long
// as no verb of their own comes between.
func TestAddresseeWithLongPhraseBeforeThat(t *testing.T) {
	checkQuotes(t, []wantQuote{
		{
			name: "place after the addressee",
			text: `The governor was telling diners at a busy roadside cafe in the north that “I need your vote tomorrow.”`,
			want: `that “I need your vote tomorrow.” by The governor`,
		},
		{
			name: "occasion after the addressee",
			text: `Okafor told a packed hall at a hotel near the river on Friday that she is "not going anywhere."`,
			want: `that she is "not going anywhere." by Okafor`,
		},
	})
}
