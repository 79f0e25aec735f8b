package extract

import (
	"slices"
	"testing"
	"time"
)

func TestParseTimestamp(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2024-05-14T09:30:00+01:00", time.Date(2024, 5, 14, 8, 30, 0, 0, time.UTC), true},
		{"2024-05-14T08:30:00Z", time.Date(2024, 5, 14, 8, 30, 0, 0, time.UTC), true},
		{"2024-05-14T08:30:00.123Z", time.Date(2024, 5, 14, 8, 30, 0, 123e6, time.UTC), true},
		{"2024-05-14T09:30:00+0100", time.Date(2024, 5, 14, 8, 30, 0, 0, time.UTC), true},
		{"2024-05-14 08:30:00", time.Date(2024, 5, 14, 8, 30, 0, 0, time.UTC), true},
		{"2024-05-14", day(2024, 5, 14), true},
		{"Tue, 14 May 2024 08:30:00 GMT", time.Date(2024, 5, 14, 8, 30, 0, 0, time.UTC), true},
		{"20240514", day(2024, 5, 14), true},
		{"May 14, 2024 8:30 AM", day(2024, 5, 14), true},
		{"yesterday", time.Time{}, false},
		{"", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := parseTimestamp(tt.in)
		if ok != tt.ok || !got.Equal(tt.want) {
			t.Errorf("parseTimestamp(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestJSONLD(t *testing.T) {
	tests := []struct {
		name      string
		raw       string
		headline  string
		authors   []string
		published []string
		publisher string
	}{
		{
			"single object",
			`{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","datePublished":"2012-03-25","author":{"@type":"Person","name":"Jane Doe"},"publisher":{"@type":"Organization","name":"VOA"}}`,
			"H", []string{"Jane Doe"}, []string{"2012-03-25"}, "VOA",
		},
		{
			"graph with references",
			`{"@context":"https://schema.org","@graph":[{"@type":"Person","@id":"#p","name":"Jane Doe"},{"@type":"Organization","@id":"#o","name":"VOA"},{"@type":"Article","headline":"H","datePublished":"2012-03-25T10:00:00Z","author":{"@id":"#p"},"publisher":{"@id":"#o"}}]}`,
			"H", []string{"Jane Doe"}, []string{"2012-03-25T10:00:00Z"}, "VOA",
		},
		{
			"array, type list, author strings, date list",
			`[{"@type":"BreadcrumbList"},{"@type":["ReportageNewsArticle","NewsArticle"],"headline":"H","datePublished":["2012-03-25"],"author":["By Jane Doe","John Roe"]}]`,
			"H", []string{"Jane Doe", "John Roe"}, []string{"2012-03-25"}, "",
		},
		{
			"organisation as author is not a byline",
			`{"@type":"NewsArticle","name":"H","author":{"@type":"NewsMediaOrganization","name":"VOA"}}`,
			"H", nil, nil, "",
		},
		{
			"raw newline in a string, entities",
			"{\"@type\":\"NewsArticle\",\"headline\":\"Annan&#8217;s\n plan\"}",
			"Annan’s plan", nil, nil, "",
		},
		{"not json", `{"@type": "NewsArticle",`, "", nil, nil, ""},
		{"no article", `{"@type":"WebSite","name":"VOA"}`, "", nil, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ld ldInfo
			ld.add(tt.raw)
			if ld.headline != tt.headline || !slices.Equal(ld.authors, tt.authors) || !slices.Equal(ld.published, tt.published) || ld.publisher != tt.publisher {
				t.Errorf("got headline %q authors %q published %q publisher %q", ld.headline, ld.authors, ld.published, ld.publisher)
			}
		})
	}
}

func TestResolveURL(t *testing.T) {
	tests := []struct{ base, ref, want string }{
		{"https://news.example.org/a/b?x=1", "/world/story", "https://news.example.org/world/story"},
		{"https://news.example.org/a/b", "https://other.example.com/s", "https://other.example.com/s"},
		{"", "/relative", ""},
		{"file:///tmp/page.html", "/world/story", ""},
		{"", "javascript:alert(1)", ""},
		{"https://news.example.org/", "", ""},
	}
	for _, tt := range tests {
		if got := resolveURL(tt.base, tt.ref); got != tt.want {
			t.Errorf("resolveURL(%q, %q) = %q, want %q", tt.base, tt.ref, got, tt.want)
		}
	}
}
