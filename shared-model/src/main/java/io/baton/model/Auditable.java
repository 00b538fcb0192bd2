package io.baton.model;

/** Who created and last changed a definition or execution, and when: the audit fields Conductor's models share. */
public abstract class Auditable {
    private String ownerApp;
    private Long createTime;
    private Long updateTime;
    private String createdBy;
    private String updatedBy;

    public String getOwnerApp() { return ownerApp; }
    public void setOwnerApp(String ownerApp) { this.ownerApp = ownerApp; }

    public Long getCreateTime() { return createTime; }
    public void setCreateTime(Long createTime) { this.createTime = createTime; }

    public Long getUpdateTime() { return updateTime; }
    public void setUpdateTime(Long updateTime) { this.updateTime = updateTime; }

    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }

    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
}
