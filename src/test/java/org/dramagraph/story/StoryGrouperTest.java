package org.dramagraph.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Grouping our own articles (see {@link StoryTexts}) into stories. */
class StoryGrouperTest {
    private final Map<String, StoryArticle> texts = StoryTexts.features();

    private List<StoryArticle> all() {
        return new ArrayList<>(texts.values());
    }

    @Test
    void groupsTheTestArticlesIntoTheirStories() {
        assertThat(StoryGrouper.group(all())).containsExactly(
                new Story("couple-dating", List.of("couple-dating")),
                new Story("wire-dailyscreen", List.of("wire-dailyscreen", "wire-newsline", "wire-kstage")),
                new Story("awards-starlog", List.of("awards-starlog", "awards-kpopwire")),
                new Story("weekend-watchlist", List.of("weekend-watchlist")),
                new Story("couple-wedding", List.of("couple-wedding")));
    }

    @Test
    void aWireTextCarriedByThreeOutletsIsOneStoryWhoeverCarriedItFirst() {
        List<StoryArticle> wire = List.of(texts.get("wire-kstage"), texts.get("wire-newsline"), texts.get("wire-dailyscreen"));
        StoryGrouper grouper = new StoryGrouper();
        List<String> stories = wire.stream().map(grouper::add).toList();

        assertThat(stories).containsExactly("wire-kstage", "wire-kstage", "wire-kstage");
    }

    @Test
    void copiesAreFoundByTheirWordingWhenNoNameIsReadInThem() {
        StoryGrouper grouper = new StoryGrouper();
        grouper.add(StoryTexts.nameless(texts.get("wire-newsline")));
        grouper.add(StoryTexts.nameless(texts.get("couple-dating")));

        assertThat(grouper.add(StoryTexts.nameless(texts.get("wire-dailyscreen")))).isEqualTo("wire-newsline");
        assertThat(grouper.stories()).hasSize(2);
    }

    @Test
    void twoIndependentReportsOfOneAwardAreOneStory() {
        StoryGrouper grouper = new StoryGrouper();
        all().forEach(grouper::add);

        assertThat(grouper.stories()).contains(new Story("awards-kpopwire", List.of("awards-kpopwire", "awards-starlog")));
    }

    @Test
    void aRoundupTouchingSixDramasJoinsNoneOfTheirStories() {
        StoryArticle roundup = texts.get("weekend-watchlist");
        // it names the people and works of the other stories, so it is compared with them
        assertThat(roundup.names()).containsAll(texts.get("wire-newsline").names().stream().limit(3).toList())
                .contains("kuminji", "riberofash");

        List<Story> stories = StoryGrouper.group(all());

        assertThat(stories).contains(new Story("weekend-watchlist", List.of("weekend-watchlist")));
    }

    @Test
    void aCouplesDatingAndWeddingNewsTenMonthsApartAreTwoStoriesThoughWordedAlike() {
        StoryArticle dating = texts.get("couple-dating");
        StoryArticle wedding = texts.get("couple-wedding");

        assertThat(StoryGrouper.group(List.of(dating, wedding))).hasSize(2);
        // without their dates the two texts are one story: the months between them are what parts them
        assertThat(StoryGrouper.group(List.of(StoryTexts.undated(dating), StoryTexts.undated(wedding))))
                .containsExactly(new Story("couple-dating", List.of("couple-dating", "couple-wedding")));
    }

    @Test
    void aBatchIsGroupedTheSameInAnyOrder() {
        List<Story> expected = StoryGrouper.group(all());
        for (long seed = 1; seed <= 5; seed++) {
            List<StoryArticle> shuffled = all();
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(StoryGrouper.group(shuffled)).as("order of seed %d", seed).isEqualTo(expected);
        }
    }

    @Test
    void aNewArticleJoinsAStoryWithoutChangingTheOthers() {
        StoryGrouper grouper = new StoryGrouper();
        all().stream().filter(a -> !a.id().equals("wire-kstage")).forEach(grouper::add);
        List<Story> before = grouper.stories();

        assertThat(grouper.add(texts.get("wire-kstage"))).isEqualTo("wire-dailyscreen");
        List<Story> after = grouper.stories();
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            List<String> grown = new ArrayList<>(before.get(i).articles());
            if (before.get(i).id().equals("wire-dailyscreen")) {
                grown.add("wire-kstage");
            }
            assertThat(after.get(i)).isEqualTo(new Story(before.get(i).id(), grown));
        }
    }

    @Test
    void aBatchGroupsARepeatedIdOnceAndTheGrouperRefusesIt() {
        List<StoryArticle> twice = all();
        twice.add(texts.get("awards-starlog"));

        assertThat(StoryGrouper.group(twice)).isEqualTo(StoryGrouper.group(all()));
        StoryGrouper grouper = new StoryGrouper();
        grouper.add(texts.get("awards-starlog"));
        assertThatThrownBy(() -> grouper.add(texts.get("awards-starlog")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("awards-starlog");
    }
}
