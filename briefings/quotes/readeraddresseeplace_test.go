package quotes

import "testing"

// A phrase of place or occasion after the addressee of "told",
// "assured" or "informed" says where they were told, not what: the
// statement starts with the clause after it, with or without "that".
func TestReaderAddresseePlace(t *testing.T) {
	runReaderCases(t, []readerCase{
		{"in a town", "Ferreira told volunteers in Oakhurst he expected a long night.",
			[]string{"Ferreira | told | he expected a long night"}},
		{"at an event", "Ferreira assured lenders at the summit the bridge loan was secure.",
			[]string{"Ferreira | assured | the bridge loan was secure"}},
		{"on a site", "Ferreira informed crews on the platform the storm had turned north.",
			[]string{"Ferreira | informed | the storm had turned north"}},
		{"place and time", "Ferreira told canvassers in Dunmore on Sunday they had done enough.",
			[]string{"Ferreira | told | they had done enough"}},
		{"two phrases", "Ferreira told members of the council at a briefing in Tarn the levy was dead.",
			[]string{"Ferreira | told | the levy was dead"}},
		// Guards: "that" after the phrase, a time phrase alone, and no
		// clause after the phrase, as before.
		{"that", "Ferreira told reporters at the harbour that the ferry would run.",
			[]string{"Ferreira | told | that the ferry would run"}},
		{"time", "Ferreira told reporters on Sunday he would stand again.",
			[]string{"Ferreira | told | he would stand again"}},
		{"infinitive", "Ferreira urged shoppers in the market to stay calm.",
			[]string{"Ferreira | urged | shoppers in the market to stay calm"}},
		{"topic", "Ferreira told the panel at the inquiry about the missing files.",
			[]string{"Ferreira | told | the panel at the inquiry about the missing files"}},
	})
}
