package extract

// Clean is the cleaning shared by HTML and Text (and by feed and JSON
// ingest): each paragraph is whitespace-normalised, empty ones dropped,
// photo captions moved to captions, boilerplate dropped, and a paragraph
// repeating the one before it (a share bar above and below, a doubled
// standfirst) dropped. Order is kept.
func Clean(paragraphs []string) (kept, captions []string) {
	for _, raw := range paragraphs {
		p := normalizeSpace(raw)
		switch {
		case p == "":
		case IsCaption(p):
			captions = appendNew(captions, p)
		case IsBoilerplate(p):
		case len(kept) > 0 && kept[len(kept)-1] == p:
		default:
			kept = append(kept, p)
		}
	}
	return kept, captions
}

// appendNew appends s unless list already holds it.
func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
