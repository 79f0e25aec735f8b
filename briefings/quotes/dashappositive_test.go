package quotes

import "testing"

// TestDashAppositive: a noun phrase after a lone dash that runs to the
// sentence's end comments on the content and is left out of it, even
// with commas, a relative or a quotation inside it. A clause after the
// dash, a phrase holding a statement of its own, a pair of dashes and a
// phrase opened by "the" stay in the content.
func TestDashAppositive(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"all and a contact relative", "The senator reported owning shares in three carmakers — all firms he has criticised for moving jobs abroad.", "reported", "owning shares in three carmakers", "The senator"},
		{"one of with a relative after a comma", "The coach praised the new pier — one of the costliest in the region, which opened in June.", "praised", "the new pier", "The coach"},
		{"a list inside", "The ferry operator announced a new route - a mix of island stops, harbor tours and night runs.", "announced", "a new route", "The ferry operator"},
		{"but inside", "The council said the levy raised $3 million — a modest sum, but still above the target.", "said", "the levy raised $3 million", "The council"},
		{"quotation inside", "Lee said he would gladly face the “fee (free) lady” — a dig at her own slogan, “no new fees,” which she has repeated all spring.", "said", "he would gladly face the “fee (free) lady”", "Lee"},
		{"clause stays", "The mayor said the plan would work — a judge ruled otherwise, citing costs.", "said", "the plan would work — a judge ruled otherwise", "The mayor"},
		{"quantity clause stays", "The mayor said the plan would work — all of them voted for it, in the end.", "said", "the plan would work — all of them voted for it, in the end", "The mayor"},
		{"statement inside stays", "Ortiz explained that the win was the result of four years of work — an effort he says has given the party a “head start.”", "explained", "that the win was the result of four years of work — an effort he says has given the party a “head start.”", "Ortiz"},
		{"dash pair stays", "The mayor opposed the stadium deal — one of the largest subsidies in the state — and the council followed her.", "opposed", "the stadium deal — one of the largest subsidies in the state — and the council followed her", "The mayor"},
		{"the stays", "The treasurer said the fund was short — the real gap, she added later, was larger.", "said", "the fund was short — the real gap", "The treasurer"},
	})
}
