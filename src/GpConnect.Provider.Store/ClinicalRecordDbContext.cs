using Microsoft.EntityFrameworkCore;

namespace GpConnect.Provider.Store;

public class ClinicalRecordDbContext(DbContextOptions<ClinicalRecordDbContext> options) : DbContext(options);
