package bot

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// apiBase parses DISCORD_API_BASE: an http or https URL with a host, and
// optionally a path that every request path is appended to.
func apiBase(s string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" || u.Scheme != "http" && u.Scheme != "https" || u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("API base %q: want an http or https URL such as http://127.0.0.1:8081", s)
	}
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	return u, nil
}

// rewriteTransport sends every request meant for https://discord.com to
// base instead, same path and query: the hook for a REST rate-limit proxy
// or a test double. discordgo computes its endpoint URLs once, at package
// init, so the rewrite has to happen here, under Session.Client.
type rewriteTransport struct {
	base *url.URL
	next http.RoundTripper
}

func (t *rewriteTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Scheme != "https" || !strings.EqualFold(req.URL.Host, "discord.com") {
		return t.next.RoundTrip(req)
	}
	r := req.Clone(req.Context())
	u := *req.URL
	u.Scheme, u.Host = t.base.Scheme, t.base.Host
	u.Path = t.base.Path + req.URL.Path
	if req.URL.RawPath != "" {
		u.RawPath = t.base.Path + req.URL.RawPath
	}
	r.URL, r.Host = &u, ""
	return t.next.RoundTrip(r)
}
