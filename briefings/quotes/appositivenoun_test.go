package quotes

import "testing"

// TestAppositiveNounNamesQA: the name a reader sees under a statement
// whose speaker is a common noun with a name set off after it, or a
// pronoun whose antecedent has a first name the lists do not know. The
// speaker mention stays the noun phrase or the pronoun; only the name
// changes. Each text is written for this test.
func TestAppositiveNounNamesQA(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		quote   string // part of the statement's text
		mention string // Quote.Mention, unchanged
		want    string // Quote.Speaker
	}{
		{"a name after an occupation that is no known role",
			"The city engineer, Tomas Brenner, said the bridge would stay shut.",
			"the bridge would stay shut", "The city engineer", "Tomas Brenner"},
		{"an organisation's name after what it is",
			"The operator, Northsea Lines, said crossings would resume on Friday.",
			"crossings would resume", "The operator", "Northsea Lines"},
		{"a name after a possessive noun phrase",
			"Her landlord, Piet Vandermeer, said the lease would not be renewed.",
			"the lease would not be renewed", "Her landlord", "Piet Vandermeer"},
		{"a known role keeps working",
			"The mayor, Tessa Harlow, said the bridge would stay shut.",
			"the bridge would stay shut", "The mayor", "Tessa Harlow"},
		{"a sentence adverb set off by commas is no name",
			"The council, However, said the path would reopen.",
			"the path would reopen", "The council", ""},
		{"a weekday set off by commas is no name",
			"The ferry company, Tuesday, said the timetable would change.",
			"the timetable would change", "The ferry company", ""},
		{"he after a named engineer is the engineer",
			"The city engineer, Tomas Brenner, said the bridge would stay shut. \"It is not safe,\" he said.",
			"It is not safe", "he", "Tomas Brenner"},
		{"she after an operator's name is nobody: the name may be a company's",
			"The operator, Baltic Tern, said fares would rise. \"We have no choice,\" she said.",
			"We have no choice", "she", ""},
		{"an office before the name is no part of it",
			"Secretary of State Dana Whitlock said the embassy would reopen.",
			"the embassy would reopen", "Secretary of State Dana Whitlock", "Dana Whitlock"},
		{"a surname after an office names the person",
			"Secretary of State Dana Whitlock toured the port on Monday.\n\nWhitlock said the embassy would reopen.",
			"the embassy would reopen", "Whitlock", "Dana Whitlock"},
		{"an office's word that is no organisation's is no part of the name",
			"Chief of Staff Rosa Lindqvist met the unions on Monday.\n\nLindqvist said the memo had been leaked.",
			"the memo had been leaked", "Lindqvist", "Rosa Lindqvist"},
		{"she after an office and name is the person",
			"Former Secretary of State Dana Whitlock toured the port on Monday.\n\n\"The talks went well,\" she said.",
			"The talks went well", "she", "Dana Whitlock"},
		{"a title and a name after a role and a place",
			"The other speaker at the forum, former Secretary of State Dana Whitlock, said the treaty would hold.",
			"the treaty would hold", "The other speaker at the forum", "Dana Whitlock"},
		{"a lower-case former before a titled name",
			"The chairman of the panel, former Gov. Rick Dawes, said the vote would wait.",
			"the vote would wait", "The chairman of the panel", "Rick Dawes"},
		{"a title with no name after it is no name",
			"The lawyer on the case, former President of the bar association, said the fee was fair.",
			"the fee was fair", "The lawyer", ""},
		{"she is the woman the text called her, with an unlisted first name",
			"Aino Laakso runs the ferry café. Her regulars have stayed loyal through the closure. The harbour has been quiet since spring. \"We will manage somehow,\" she said.",
			"We will manage somehow", "she", "Aino Laakso"},
		{"an age says the unlisted name is a person's",
			"Aino Laakso, 61, runs the ferry café.\n\nTrade has fallen by half since the bridge shut.\n\n\"We will manage somehow,\" she said.",
			"We will manage somehow", "she", "Aino Laakso"},
		{"a company's name with nothing to say it is a person stays unnamed",
			"Baltic Tern runs three ferries on the route. Trade has fallen by half. \"We will manage somehow,\" she said.",
			"We will manage somehow", "she", ""},
		{"another woman named between leaves the pronoun unnamed",
			"Aino Laakso runs the ferry café with Pirkko Salmi. Her regulars have stayed loyal. \"We will manage somehow,\" she said.",
			"We will manage somehow", "she", ""},
		{"an unnamed speaker between leaves the pronoun unnamed",
			"Aino Laakso runs the ferry café. Her regulars have stayed loyal. A neighbour said trade had fallen by half. \"We will manage somehow,\" she said.",
			"We will manage somehow", "she", ""},
		{"a name paragraphs back is too far",
			"Aino Laakso runs the ferry café. Her regulars have stayed loyal.\n\nThe bridge closed in March.\n\nRepairs will take a year.\n\nTourists have stayed away.\n\n\"We will manage somehow,\" she said.",
			"We will manage somehow", "she", ""},
	}
	for _, tt := range tests {
		q, ok := find(quotesOf(tt.text), tt.quote)
		if !ok {
			t.Errorf("%s: no statement containing %q in %+v", tt.name, tt.quote, quotesOf(tt.text))
			continue
		}
		want := tt.want
		if want == "" {
			want = tt.mention // an unnamed speaker is shown as written
		}
		if q.Mention != tt.mention || q.Speaker != want {
			t.Errorf("%s: speaker %q (mention %q), want %q (mention %q)", tt.name, q.Speaker, q.Mention, want, tt.mention)
		}
	}
}
