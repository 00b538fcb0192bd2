/** The web UI's files, served by workflow-api so a load balancer that sends / to it serves the UI. */
package io.baton.workflowapi.ui;
