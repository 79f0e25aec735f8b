package extract

import "testing"

// Editors' notes about the article itself (an update stamp, a correction,
// an amendment) are not news: shown as a briefing's or a digest's sentence
// they read "This article has been updated…" under a headline. Sentences
// that report a correction or an update in the world stay. Written for
// this test.
func TestIsBoilerplateEditorsNotes(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"UPDATE 18:20 — This article has been updated with the latest death toll and comments from the prime minister.", true},
		{"Correction: An earlier version of this story said revenue grew 13%. It grew 11%.", true},
		{"This article was amended on 30 November 2026 to correct the launch site's name.", true},
		{"Clarification: A previous version of this article misnamed the council's deputy leader.", true},
		{"Editor's note: This story has been updated to include a statement from the club.", true},
		{"An earlier version of this report gave the wrong date for the hearing.", true},
		// News that mentions updates and corrections: kept.
		{"The council said it had updated its flood maps after the storm.", false},
		{"The bank issued a correction to its forecast on Tuesday, cutting growth to 1.2%.", false},
		{"An earlier version of the bill was rejected by the senate in March.", false},
		{"This story of a town that lost its library is not unusual, campaigners said.", false},
		{"Update your browser to keep using the service, the bank told customers.", false},
	} {
		if got := IsBoilerplate(tc.in); got != tc.want {
			t.Errorf("IsBoilerplate(%q) = %v; want %v", tc.in, got, tc.want)
		}
	}
}

// A live page's greeting, its "what we know" heading, a syndication note
// and a call for readers' stories speak to the reader about the page, not
// about the news. Written for this test.
func TestIsBoilerplateLivePagesAndSyndication(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Good morning and welcome to our live coverage of the second day of the ferry strike.", true},
		{"Welcome to the live blog: we will bring you the results as they come in.", true},
		{"Here is what we know so far:", true},
		{"Here's everything we know", true},
		{"This story was originally published by Coast Wire and is republished with permission.", true},
		{"This article first appeared in the Island Post.", true},
		{"Republished with permission from the Harbour Gazette.", true},
		{"Do you have a story? Email newsdesk@harwickecho.example", true},
		{"Got a story or a news tip? Email the newsdesk.", true},
		{"Have you been affected by the floods? Get in touch.", true},
		// News: kept.
		{"The mayor said there was a warm welcome to the live music festival from residents.", false},
		{"Here is what the union wants: five officers on every boat and a pay rise of 4%.", false},
		{"The novel was first published in 1962 and has never been out of print.", false},
		{"First published in 1962, the novel has sold four million copies.", false},
		{"Do you have a story about the old mill that nobody has heard, the museum asked visitors.", false},
		{"Have you been affected by the floods, the insurer asked in letters to 4,000 customers.", false},
	} {
		if got := IsBoilerplate(tc.in); got != tc.want {
			t.Errorf("IsBoilerplate(%q) = %v; want %v", tc.in, got, tc.want)
		}
	}
}
