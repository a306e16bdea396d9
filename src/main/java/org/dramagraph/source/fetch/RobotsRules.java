package org.dramagraph.source.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The robots.txt rules of each site, read once per site and kept for the run. A missing robots.txt
 * (a 4xx answer) allows everything; a server error forbids everything for the run (RFC 9309); a
 * {@code Crawl-delay} over crawler-commons' limit (5 minutes) also forbids the site.
 */
final class RobotsRules {
    /** Reads one robots.txt. */
    interface Loader {
        /** The robots.txt at an address: its status, content type and body. */
        Response load(URI robotsTxt) throws FetchException;
    }

    /** A robots.txt response. */
    record Response(int status, String contentType, byte[] body) {
    }

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final List<String> robotNames;
    private final Loader loader;
    private final Map<String, BaseRobotRules> bySite = new HashMap<>();

    RobotsRules(String robotName, Loader loader) {
        this.robotNames = List.of(robotName);
        this.loader = loader;
    }

    /** The rules of the site of {@code page}. */
    synchronized BaseRobotRules of(URI page) throws FetchException {
        String site = Fetcher.site(page);
        BaseRobotRules rules = bySite.get(site);
        if (rules == null) {
            URI robotsTxt = URI.create(site + "/robots.txt");
            Response r = loader.load(robotsTxt);
            rules = r.status() / 100 == 2
                    ? parser.parseContent(robotsTxt.toString(), r.body(), r.contentType(), robotNames)
                    : parser.failedFetch(r.status());
            bySite.put(site, rules);
        }
        return rules;
    }
}
