package dev.sitehub.cloud.media;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.sites.Site;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The time-lapse video endpoint on the filesystem store answers range requests; {@link
 * S3MediaAppTest} checks the same on S3.
 */
@QuarkusTest
class TimelapseVideoTest {
  @Inject MediaFixtures media;
  @Inject TestUsers users;

  @Test
  void video_rangeRequestsOnFilesystem_partialContentWithContentRange() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    UUID job = media.finishedTimelapse(site.siteId());
    VideoRanges.assertServedWithRanges(
        "/api/sites/" + site.siteId() + "/timelapses/" + job + "/video", TestUsers.token(owner));
  }
}
