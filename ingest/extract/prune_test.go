package extract

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// story is long enough that furniture around it is a small share of the page.
const story = `<p>Ferry crews in Port Ellis accepted a pay offer on Monday that ends a strike which left island residents without a crossing for a week.</p>
<p>The agreement gives deckhands and engineers a rise this year and a review of rest periods between sailings, the union said on Tuesday.</p>
<p>The operator said the first full timetable would run from Wednesday morning, with extra sailings on Thursday to clear a backlog of freight.</p>`

func TestPrune(t *testing.T) {
	tests := []struct {
		name         string
		body         string
		keep, remove []string
		captions     []string
	}{
		{
			name:   "nav, aside, hidden and cookie banner",
			body:   `<nav><a>Home</a></nav><div id="cookie-consent">We use cookies.</div><main>` + story + `<aside>Sidebar teaser</aside><p hidden>Hidden text</p><p style="display: none">Invisible</p></main>`,
			keep:   []string{"Ferry crews"},
			remove: []string{"Home", "We use cookies", "Sidebar teaser", "Hidden text", "Invisible"},
		},
		{
			name:   "box heading beside the story takes the list after it",
			body:   `<main>` + story + `<h3>Related</h3><ul><li><a href="/x">Island shops run short of milk</a></li></ul><p>Closing line of the page that stays.</p></main>`,
			keep:   []string{"Ferry crews", "Closing line"},
			remove: []string{"Related", "Island shops"},
		},
		{
			name:   "box heading inside its own container",
			body:   `<main><div>` + story + `</div><section><h2>Most read</h2><p><a>Lighthouse keeper retires</a> after forty years.</p></section></main>`,
			keep:   []string{"Ferry crews"},
			remove: []string{"Most read", "Lighthouse"},
		},
		{
			name: "a story container classed like furniture is kept",
			body: `<div class="article-body share-enabled">` + story + `</div><div class="share-tools"><a>Share on Facebook</a></div>`,
			keep: []string{"Ferry crews", "first full timetable"}, remove: []string{"Share on Facebook"},
		},
		{
			name:   "prose paragraphs classed like furniture are kept",
			body:   `<article>` + story + `<p class="paywall">The council said it would publish the full terms of the agreement next week, once both sides had signed the final text of the deal.</p><p class="share">Share</p></article>`,
			keep:   []string{"publish the full terms"},
			remove: []string{"Share"},
		},
		{
			name: "inline elements inside prose are kept whatever their class",
			body: `<article>` + story + `<p><span class="dateline">CAIRO —</span> Gunmen opened fire on visitors at the museum on Wednesday, killing at least 19 people, the <a class="popup" href="#">officials</a> said.</p></article>`,
			keep: []string{"CAIRO — Gunmen", "the officials said"},
		},
		{
			name: "ids that are heading slugs are not furniture",
			body: `<div id="sharing-with-a-single-developer">` + story + `</div><div id="share-bar"><a>Share on X</a></div>`,
			keep: []string{"Ferry crews"}, remove: []string{"Share on X"},
		},
		{
			name: "a form around the whole page is kept",
			body: `<form id="aspnetForm"><div>` + story + `</div></form>`,
			keep: []string{"Ferry crews"},
		},
		{
			name:     "figure captions are set aside, their credits dropped",
			body:     `<article>` + story + `<figure><img src="a.jpg"><figcaption>Deckhands wait at the terminal. <span class="credit">Photo: Jane Doe/Reuters</span></figcaption></figure></article>`,
			keep:     []string{"Ferry crews"},
			remove:   []string{"Deckhands", "Jane Doe"},
			captions: []string{"Deckhands wait at the terminal."},
		},
		{
			name:     "caption classes outside figures",
			body:     `<article>` + story + `<p class="image-caption">Kofi Annan arrives at the Kremlin</p></article>`,
			keep:     []string{"Ferry crews"},
			remove:   []string{"Kofi Annan"},
			captions: []string{"Kofi Annan arrives at the Kremlin"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			captions := prune(root)
			text := normalizeSpace(textOf(root))
			for _, s := range tt.keep {
				if !strings.Contains(text, s) {
					t.Errorf("pruned away %q; left %q", s, text)
				}
			}
			for _, s := range tt.remove {
				if strings.Contains(text, s) {
					t.Errorf("kept %q; left %q", s, text)
				}
			}
			if !slices.Equal(captions, tt.captions) {
				t.Errorf("captions = %q, want %q", captions, tt.captions)
			}
		})
	}
}
