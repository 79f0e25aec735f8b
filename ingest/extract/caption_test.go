package extract

import "testing"

func TestIsCaption(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		// Captions.
		{"Russian President Dmitry Medvedev (L) talks with U.N.-Arab League envoy Kofi Annan during their meeting in Moscow, March 25, 2012.", true},
		{"Deckhands (L) wait beside the Island Star at the Port Ellis terminal, May 13, 2024.", true},
		{"Kofi Annan (2nd R) listens during talks at the Kremlin", true},
		{"Kofi Annan (left) and Dmitry Medvedev shake hands.", true},
		{"FILE - Kofi Annan speaks to reporters in Geneva, Switzerland, on Feb. 28, 2012.", true},
		{"Photo: Kofi Annan arrives at the Kremlin.", true},
		{"Pictured: the damaged section of track", true},
		{"Kofi Annan arrives at the Kremlin. (AP Photo/Ivan Petrov)", true},
		{"Kofi Annan arrives at the Kremlin. (Reuters)", true},
		{"U.N. envoy Kofi Annan listens during talks in Moscow. REUTERS/Jane Doe", true},
		{"Growers inspect frost damage near Beaune. Photograph: Jane Doe/AFP/Getty Images", true},
		{"Protesters march in Cairo on Sunday, March 25, 2012.", true},
		{"In this Sunday, March 25, 2012 photo, Kofi Annan waves to reporters in Moscow.", true},
		{"This undated handout photo provided by the railway shows the buried track.", true},
		{"Engineers inspect the repaired track near Göschenen, Switzerland, 2 February 2019.", true},
		{"Kofi Annan in Moscow, March 25, 2012.", true},
		{"Image caption Deckhands wait beside the ferry", true},

		// News sentences, even with dates, positions or agencies.
		{"Kofi Annan met Dmitry Medvedev in Moscow on March 25, 2012, to discuss Syria.", false},
		{"Kofi Annan met Dmitry Medvedev in Moscow on March 25, 2012.", false},
		{"MOSCOW, March 25 (Reuters) - Kofi Annan met Russian President Dmitry Medvedev on Sunday.", false},
		{"WASHINGTON (AP) — The Senate voted on Tuesday.", false},
		{"The vote was held on Sunday, March 25, 2012.", false},
		{"Protesters will march in Cairo on Friday, March 30, 2012.", false},
		{"The economy looks set to recover by March 25, 2013.", false},
		{"Sen. Jane Doe (R) voted against the bill.", false},
		{"According to a county survey, the two mayoral hopefuls are tied downtown.", false},
		{"Medvedev said this could be Syria’s last chance, speaking in Moscow, March 25, 2012.", false},
		{"It’s top news across Russia.", false},
		{"Photo: Reuters", false},
		{"The agency released a photo by its staff photographer on Monday.", false},
		{"Copyright (C) 2012 Reuters", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsCaption(tt.in); got != tt.want {
			t.Errorf("IsCaption(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestClean(t *testing.T) {
	in := []string{
		"  Accessibility   links ",
		"",
		"Kofi Annan (L) talks with Dmitry Medvedev in Moscow, March 25, 2012.",
		"International\u00a0peace envoy Kofi Annan is trying to garner support from Russia.",
		"International peace envoy Kofi Annan is trying to garner support from Russia.",
		"Share on Facebook",
		"It’s top news across Russia.",
		"Kofi Annan (L) talks with Dmitry Medvedev in Moscow, March 25, 2012.",
	}
	kept, captions := Clean(in)
	wantKept := []string{
		"International peace envoy Kofi Annan is trying to garner support from Russia.",
		"It’s top news across Russia.",
	}
	wantCaptions := []string{"Kofi Annan (L) talks with Dmitry Medvedev in Moscow, March 25, 2012."}
	if !equalStrings(kept, wantKept) {
		t.Errorf("Clean kept = %q, want %q", kept, wantKept)
	}
	if !equalStrings(captions, wantCaptions) {
		t.Errorf("Clean captions = %q, want %q", captions, wantCaptions)
	}
}

func TestNormalizeSpace(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"  a \t b\n\nc  ", "a b c"},
		{"6.5\u00a0per\u202fcent", "6.5 per cent"},
		{"time\u00adtable", "timetable"},
		{"Lew\u200bis\u200d", "Lewis"},
		{"\ufeffBOM", "BOM"},
		{"\u2028line\u2029sep", "line sep"},
		{"bad \xff byte", "bad \ufffd byte"},
		{"“quoted” — dash", "“quoted” — dash"},
		{"\x00\x1b", ""},
	}
	for _, tt := range tests {
		if got := normalizeSpace(tt.in); got != tt.want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
