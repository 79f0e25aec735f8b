package quotes

import "testing"

// A quotation that a verb the frames miss reports: "went on" after the
// quotation (an irregular verb with its particle), a chant named right
// after "chanting" or "chants of", and "call" whose object is followed by
// a quotation, whatever its subject.
func TestQuotedByChantsAndCalls(t *testing.T) {
	checkQuotes(t, []wantQuote{
		{
			name: "went on after the quotation",
			text: `"We need to fix the roads before winter comes and the plows go out," she went on.`,
			want: `"We need to fix the roads before winter comes and the plows go out," by she`,
		},
		{
			name: "chanting after a comma",
			text: `Several hundred nurses marched downtown, holding signs and chanting "Staff the wards."`,
			want: `"Staff the wards." by Several hundred nurses`,
		},
		{
			name: "chants of, a possessor chanting",
			text: "The crowd cheered as the band arrived.\n\nBut their chants of “Go! Go! Go! Go” were cut short when the lights went out.",
			want: "“Go! Go! Go! Go” by their",
		},
		{
			name: "chants of, no chanter named",
			text: `Walking into the hall to chants of "Lee! Lee!," the mayor said his team was ready.`,
			want: `"Lee! Lee!," by `,
		},
		{
			name: "call with a common-noun subject",
			text: `The bill drew fire abroad; one senator called Lee "the loudest salesman in the hemisphere." But the effort failed.`,
			want: `Lee "the loudest salesman in the hemisphere." by one senator`,
		},
	})
}
